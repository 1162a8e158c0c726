namespace Mosaic.Domain;

/// Someone joined or left a conversation at a point in time (a channel_join or channel_leave message).
/// An event never overrides a member list taken later. A Live event was seen as it happened (the Events API), so it
/// is newer than any member list already stored and always applies.
public sealed record MembershipEvent(string Source, string ConversationNativeId, PersonRef Person, bool Joined, DateTimeOffset At)
{
    public bool Live { get; init; }
}
