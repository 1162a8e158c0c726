using Mosaic.Domain;

namespace Mosaic.Tests.Permissions;

/// A random workspace and one request against it, for the audience-rule properties. People are numbered
/// 0..People-1; every item's text holds the common word "zebra" and its own token, so a query can ask for
/// everything or for exactly one item.
public sealed record AudienceScenario(
    int People,
    IReadOnlyList<ConversationSpec> Conversations,
    IReadOnlyList<ItemSpec> Items,
    IReadOnlyList<ShareSpec> Shares,
    int Asker,
    int? ShownIn,
    int? TargetItem)
{
    public const string CommonWord = "zebra";

    public static string Token(int item) => $"qx{item:D3}z";

    public string Query => TargetItem is { } t ? Token(t) : CommonWord;

    /// The audience rule, written independently of the store: the asker plus, when shown in a conversation, its
    /// current members; an item is eligible when every one of them may see it.
    public bool Eligible(ItemSpec item)
    {
        var audience = new HashSet<int> { Asker };
        if (ShownIn is { } shown)
        {
            audience.UnionWith(Conversations[shown].Current);
        }

        bool AllMembersOf(int conversation) => audience.IsSubsetOf(Conversations[conversation].Current);

        return item switch
        {
            { Conversation: { } c } => AllMembersOf(c),
            { Owner: { } owner } => (ShownIn is null && owner == Asker)
                || Shares.Any(s => s.Item == item.Index && !s.Undone && AllMembersOf(s.Conversation)),
            _ => true,
        };
    }

    public override string ToString() =>
        $"{People} people; conversations: [{string.Join("; ", Conversations)}]; items: [{string.Join("; ", Items)}]; " +
        $"shares: [{string.Join("; ", Shares)}]; asker {Asker}, shown in {(ShownIn?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-")}, query \"{Query}\"";
}

/// A conversation: who belongs to it now, and who belonged and left.
public sealed record ConversationSpec(int Index, ConversationKind Kind, IReadOnlyList<int> Current, IReadOnlyList<int> Former)
{
    public override string ToString() => $"{Index}:{Kind} now {{{string.Join(",", Current)}}} left {{{string.Join(",", Former)}}}";
}

/// An item: in a conversation (written by Author), in Owner's personal slice, or (neither) the whole workspace's.
public sealed record ItemSpec(int Index, int? Conversation, int? Owner, int Author)
{
    public override string ToString() =>
        Conversation is { } c ? $"{Index}@c{c} by {Author}" : Owner is { } o ? $"{Index}@personal of {o}" : $"{Index}@workspace";
}

/// An owner sharing a personal item into a conversation, perhaps taken back since.
public sealed record ShareSpec(int Item, int Conversation, bool Undone)
{
    public override string ToString() => $"item {Item} → c{Conversation}{(Undone ? " (undone)" : "")}";
}
