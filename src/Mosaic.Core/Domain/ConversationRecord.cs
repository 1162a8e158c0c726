namespace Mosaic.Domain;

/// A conversation as a source describes it. Members, when given, is the complete current member list
/// at the time the source was taken, and replaces what the store knew.
public sealed record ConversationRecord(
    string Source,
    string NativeId,
    ConversationKind Kind,
    string Name,
    string? Topic,
    string? Purpose,
    DateTimeOffset? Created,
    bool Archived,
    IReadOnlyList<PersonRef>? Members);
