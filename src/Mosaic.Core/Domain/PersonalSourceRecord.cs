namespace Mosaic.Domain;

/// One owner's personal source (mail, calendar, notes) as imported from one path. Items written with it
/// belong to it, so it can be listed and forgotten as a whole.
public sealed record PersonalSourceRecord(string Kind, PersonRef Owner, string Label);
