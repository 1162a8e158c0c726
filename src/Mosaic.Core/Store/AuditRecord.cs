namespace Mosaic.Store;

/// A recorded showing of items from someone's personal slice: when, by what, who asked, where it was shown
/// (null: to the asker alone), who could see it, and which items (an id, or "(forgotten)" once the owner had
/// Mosaic forget it).
public sealed record AuditRecord(DateTimeOffset At, string Action, string Asker, string? ShownIn, IReadOnlyList<string> Audience, IReadOnlyList<string> Items);
