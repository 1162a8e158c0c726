namespace Mosaic.Store;

/// One of a person's personal sources, with how many items it holds.
public sealed record PersonalSourceView(long Id, string Kind, string Label, DateTimeOffset Added, int Items);
