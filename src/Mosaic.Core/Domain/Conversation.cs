namespace Mosaic.Domain;

/// A conversation as the store knows it. IsMember says whether the person it was listed for
/// currently belongs to it.
public sealed record Conversation(long Id, string Source, string NativeId, ConversationKind Kind, string Name, bool IsMember)
{
    /// How the conversation is shown: "#design" for channels, "@ana, @ben" for direct messages.
    public string Label => LabelFor(Kind, Name);

    public static string LabelFor(ConversationKind kind, string name) =>
        kind is ConversationKind.PublicChannel or ConversationKind.PrivateChannel ? "#" + name : name;
}
