namespace Mosaic.Ingestion;

/// How far an import has come; Items counts every item written or found unchanged so far.
public sealed record ImportProgress(int FilesDone, int FilesTotal, int Items, string? CurrentFile);
