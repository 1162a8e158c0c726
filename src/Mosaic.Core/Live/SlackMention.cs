namespace Mosaic.Live;

/// A question put to the app: a mention in a conversation, or a message in a direct message with it.
/// Ts is the asking message; ThreadTs the thread it belongs to, when it is in one. App is the app's own user id,
/// when the event said it.
public sealed record SlackMention(string Channel, bool DirectMessage, string User, string Ts, string? ThreadTs, string Text, DateTimeOffset Time, string? App)
{
    /// Where the reply goes: the mention's thread, or a new thread under the mention.
    public string ReplyThread => ThreadTs ?? Ts;
}
