namespace Mosaic.Connectors;

/// A person as a personal source names them: a display name and/or an email address, and their part in the
/// item ("from", "to", "cc", "organizer", "attendee").
public sealed record SourceAddress(string? Name, string? Email, string Role);
