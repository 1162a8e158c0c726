namespace Mosaic.Permissions;

/// Who asks, and who will see the result: the input of the audience rule.
/// Every read of items takes one; there is no way to read around it.
/// Audience: with ShownIn, the conversation's current members plus the asker, and an item is eligible only
/// when every one of them may see it (so personal items never qualify); without ShownIn, the asker alone.
public sealed record AccessContext
{
    private AccessContext(long asker, long? shownIn)
    {
        Asker = asker;
        ShownIn = shownIn;
    }

    public long Asker { get; }

    /// The conversation the result will be shown in, or null when only the asker sees it.
    public long? ShownIn { get; }

    public static AccessContext ForAsker(long askerId) => new(askerId, null);

    public static AccessContext InConversation(long askerId, long conversationId) => new(askerId, conversationId);
}
