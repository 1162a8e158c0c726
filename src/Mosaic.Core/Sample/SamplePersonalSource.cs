namespace Mosaic.Sample;

/// One personal source WriteExport wrote: Owner is the Slack username it belongs to, Kind is a
/// SamplePersonalKind value, and Path is the full path of the mbox file, the .ics file or the notes folder.
public sealed record SamplePersonalSource(string Owner, string Kind, string Path);
