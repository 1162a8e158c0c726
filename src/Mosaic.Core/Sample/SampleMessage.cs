namespace Mosaic.Sample;

/// A message being drafted. Mutable because reactions, edits, replies and deletion are added after
/// the message is posted, the same way they happen in Slack.
internal sealed class SampleMessage(SampleConversation conversation, string ts, DateTimeOffset at) : ISampleItem
{
    public SampleConversation Conversation { get; } = conversation;

    public string Ts { get; } = ts;

    public DateTimeOffset At { get; } = at;

    /// Null for bot posts.
    public SamplePerson? Author { get; init; }

    public required string Text { get; set; }

    public string? Subtype { get; set; }

    public SampleMessage? Parent { get; init; }

    public List<SampleMessage> Replies { get; } = [];

    public List<SampleReaction> Reactions { get; } = [];

    public SampleEdit? Edited { get; set; }

    public SampleFile? File { get; init; }

    public SampleAttachment? Attachment { get; init; }

    public void React(string name, params SamplePerson[] people) =>
        Reactions.Add(new SampleReaction(name, people.Select(p => p.Id).ToList()));

    public void MarkEdited(TimeSpan after)
    {
        var author = Author ?? throw new InvalidOperationException("Bot posts are not edited.");
        Edited = new SampleEdit(author.Id, SampleSlackTs.Seconds(At + after));
    }

    /// Deleting a thread root leaves a tombstone that keeps the replies attached.
    public void Delete()
    {
        if (Replies.Count == 0)
        {
            throw new InvalidOperationException("Only a thread root with replies becomes a tombstone.");
        }
        Subtype = "tombstone";
        Text = "This message was deleted.";
    }

    public string ItemId => $"slack:{Conversation.Id}/{Ts}";

    /// Everything a reader sees of the message: its text, plus the attachment and file titles.
    public string SearchText => string.Join("\n", new[] { Text, Attachment?.Fallback, Attachment?.Title, Attachment?.Text, File?.Title, File?.Name }.OfType<string>());

    public bool IsTombstone => Subtype == "tombstone";

    public bool IsBot => Subtype == "bot_message";

    /// Joins, leaves and tombstones are bookkeeping, not things people said.
    public bool IsSystem => Subtype is "channel_join" or "channel_leave" or "tombstone";
}
