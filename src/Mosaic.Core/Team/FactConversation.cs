using Mosaic.Domain;

namespace Mosaic.Team;

/// A conversation as extraction sees it: its kind, and for a direct or group message its current members (who "you"
/// can be); empty for channels.
public sealed record FactConversation(long Id, ConversationKind Kind, IReadOnlyList<long> Members);
