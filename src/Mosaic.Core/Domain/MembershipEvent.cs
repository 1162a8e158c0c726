namespace Mosaic.Domain;

/// Someone joined or left a conversation at a point in time (a channel_join or channel_leave message).
/// An event never overrides a member list taken later.
public sealed record MembershipEvent(string Source, string ConversationNativeId, PersonRef Person, bool Joined, DateTimeOffset At);
