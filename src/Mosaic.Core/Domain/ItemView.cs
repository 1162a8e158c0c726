using Mosaic.Permissions;

namespace Mosaic.Domain;

/// An item as read back for an audience: what search shows and answers cite.
/// Id is "{source}:{native id}", stable across re-imports and rebuilt stores.
public sealed record ItemView(
    long RowId,
    string Id,
    string Source,
    string Ref,
    ScopeKind Scope,
    long? ConversationId,
    string? ConversationNativeId,
    string? Conversation,
    string? Author,
    long? AuthorId,
    DateTimeOffset Timestamp,
    string Text,
    string? ThreadRef,
    int? Position,
    int ReplyCount,
    int ReactionCount,
    long? OwnerId = null,
    string? Title = null,
    string? Url = null)
{
    public bool IsThreadRoot => ThreadRef is not null && ThreadRef == Ref;
}
