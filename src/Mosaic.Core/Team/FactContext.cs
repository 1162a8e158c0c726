using System.Text.RegularExpressions;
using Mosaic.Domain;

namespace Mosaic.Team;

/// What an extractor may know besides the item: the people (to resolve "@maya" or "Priya" to a person, and an
/// author's time zone for "by Thursday"), and, once the pipeline has read a batch's surroundings (With), a reply's
/// thread and the kind and members of an item's conversation (so a direct message's "you" is the other member).
public sealed partial class FactContext
{
    private readonly Dictionary<string, Person> _byName;
    private readonly Dictionary<long, Person> _byId;
    private readonly Dictionary<(long, string), List<ItemView>> _threads;
    private readonly Dictionary<long, FactConversation> _conversations;

    public FactContext(IReadOnlyList<Person> people)
        : this(
            people,
            people
                .SelectMany(p => p.Identities.Select(i => i.Value).Append(p.DisplayName).Concat(p.Username is null ? [] : [p.Username]).Select(n => (Name: n, Person: p)))
                .GroupBy(x => x.Name, StringComparer.OrdinalIgnoreCase)
                .Where(g => g.Select(x => x.Person.Id).Distinct().Count() == 1)
                .ToDictionary(g => g.Key, g => g.First().Person, StringComparer.OrdinalIgnoreCase),
            people.ToDictionary(p => p.Id),
            FactSurroundings.None)
    {
    }

    private FactContext(IReadOnlyList<Person> people, Dictionary<string, Person> byName, Dictionary<long, Person> byId, FactSurroundings around)
    {
        People = people;
        _byName = byName;
        _byId = byId;
        _threads = around.Threads
            .Where(i => i.ConversationId is not null && i.ThreadRef is not null)
            .GroupBy(i => (i.ConversationId!.Value, i.ThreadRef!))
            .ToDictionary(g => g.Key, g => g.OrderBy(i => i.Timestamp).ThenBy(i => i.RowId).ToList());
        _conversations = around.Conversations.ToDictionary(c => c.Id);
    }

    public static FactContext Empty { get; } = new([]);

    public IReadOnlyList<Person> People { get; }

    /// The same people, with what the store holds around a batch of items.
    public FactContext With(FactSurroundings surroundings) => new(People, _byName, _byId, surroundings);

    /// The one person a name or handle ("@maya", "Maya", "maya@harbor.example") means; null when none or several.
    public Person? Named(string name) => _byName.GetValueOrDefault(name.Trim().TrimStart('@'));

    public Person? ById(long? id) => id is { } known ? _byId.GetValueOrDefault(known) : null;

    /// The items of a reply's thread, oldest first, its root first when the root is stored; empty for a root, an
    /// unthreaded item, or one whose surroundings were not read.
    public IReadOnlyList<ItemView> ThreadOf(ItemView item) =>
        !item.IsThreadRoot && item.ConversationId is { } c && item.ThreadRef is { } t && _threads.TryGetValue((c, t), out var thread) ? thread : [];

    /// The root of a reply's thread; null for a root, an unthreaded item, or a reply whose root is gone.
    public ItemView? RootOf(ItemView item) => ThreadOf(item).FirstOrDefault(i => i.IsThreadRoot);

    public ConversationKind? KindOf(ItemView item) =>
        item.ConversationId is { } c && _conversations.TryGetValue(c, out var conversation) ? conversation.Kind : null;

    /// The person a rule's match points at: the author, the addressee, or the one named (a named "you" is the addressee).
    internal Person? Resolve(Whom whom, string named, ItemView item) => whom switch
    {
        Whom.Author => ById(item.AuthorId),
        Whom.Addressee => Addressee(item),
        _ => named is "you" or "You" ? Addressee(item) : Named(named.TrimEnd('.', '-')),
    };

    /// Who "you" is in the item: in a direct message between two people, the member who did not write it; in a thread
    /// reply, the one who started the thread (a reviewer's "can you add a test?" is for the PR's author); in a mail, the
    /// mailbox's owner when someone else wrote it, its one recipient when the owner did. Null in a group message (three
    /// or more could be meant), at a channel's top level, when the author is not a member, and for someone the directory
    /// does not know.
    public Person? Addressee(ItemView item)
    {
        if (item.Source == "mail" && item.OwnerId is { } owner)
        {
            return item.AuthorId != owner ? ById(owner) : MailTo().Match(item.Text) is { Success: true } to ? Named(to.Groups["address"].Value) : null;
        }

        if (RootOf(item) is { AuthorId: { } starter } && starter != item.AuthorId && KindOf(item) != ConversationKind.GroupDirectMessage)
        {
            return ById(starter);
        }

        if (item.ConversationId is not { } c || !_conversations.TryGetValue(c, out var conversation)
            || conversation.Kind != ConversationKind.DirectMessage || conversation.Members.Count != 2
            || item.AuthorId is not { } author || !conversation.Members.Contains(author))
        {
            return null;
        }

        return ById(conversation.Members.Single(m => m != author));
    }

    /// A mail's one recipient: a To line with a single address.
    [GeneratedRegex(@"^To:\s*[^<\n,]*<(?<address>[^>\s]+)>\s*$", RegexOptions.Multiline)]
    private static partial Regex MailTo();
}
