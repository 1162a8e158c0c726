namespace Mosaic.Store;

/// A conversation a person belongs to or has left.
public sealed record MembershipView(string Conversation, string Kind, bool Current, DateTimeOffset? Joined, DateTimeOffset? Left);
