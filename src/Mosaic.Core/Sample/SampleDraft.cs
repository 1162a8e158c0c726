using Mosaic.Retrieval;
using Mosaic.Team;

namespace Mosaic.Sample;

/// Collects messages, personal mail, events and notes, and ground truth while the workspace is written.
/// Every post is checked against membership at that moment, so a storyline can never put words in the
/// mouth of someone who was not in the room, and ts values stay unique per conversation.
internal sealed class SampleDraft(SampleTeam team)
{
    private readonly List<SampleMessage> _messages = [];
    private readonly List<GroundTruthCase> _cases = [];
    private readonly List<FactTruth> _facts = [];
    private readonly Dictionary<string, HashSet<long>> _usedMicros = new(StringComparer.Ordinal);
    private readonly List<SampleMail> _mails = [];
    private readonly List<SampleEvent> _events = [];
    private readonly List<SampleNote> _notes = [];
    private int _fileCounter;

    public SampleTeam Team { get; } = team;

    public IReadOnlyList<SampleMessage> Messages => _messages;

    public IReadOnlyList<GroundTruthCase> Cases => _cases;

    public IReadOnlyList<FactTruth> Facts => _facts;

    public IReadOnlyList<SampleMail> Mails => _mails;

    public IReadOnlyList<SampleEvent> Events => _events;

    public IReadOnlyList<SampleNote> Notes => _notes;

    public SampleMessage Post(SampleConversation conversation, SamplePerson author, DateTimeOffset at, string text, SampleFile? file = null)
    {
        RequireMember(conversation, author, at);
        return Add(new SampleMessage(conversation, Stamp(conversation, at), at)
        {
            Author = author,
            Text = text,
            Subtype = file is null ? null : "file_share",
            File = file,
        });
    }

    public SampleMessage Reply(SampleMessage parent, SamplePerson author, DateTimeOffset at, string text, bool broadcast = false)
    {
        if (parent.Parent is not null)
        {
            throw new InvalidOperationException("Slack threads are one level deep; reply to the root instead.");
        }
        if (at <= parent.At)
        {
            throw new InvalidOperationException($"A reply in {parent.Conversation.Name} at {at:u} comes before its parent.");
        }
        RequireMember(parent.Conversation, author, at);
        var reply = Add(new SampleMessage(parent.Conversation, Stamp(parent.Conversation, at), at)
        {
            Author = author,
            Text = text,
            Parent = parent,
            Subtype = broadcast ? "thread_broadcast" : null,
        });
        parent.Replies.Add(reply);
        return reply;
    }

    public SampleMessage BotPost(SampleConversation conversation, DateTimeOffset at, string text, SampleAttachment? attachment = null) =>
        Add(new SampleMessage(conversation, Stamp(conversation, at), at)
        {
            Text = text,
            Subtype = "bot_message",
            Attachment = attachment,
        });

    public SampleMessage Join(SampleConversation conversation, SamplePerson person, DateTimeOffset at)
    {
        if (conversation.IsMember(person, at))
        {
            throw new InvalidOperationException($"{person.Name} is already in {conversation.Name}.");
        }
        conversation.RecordChange(person, joined: true, at);
        return Membership(conversation, person, at, "channel_join", "has joined the channel");
    }

    public SampleMessage Leave(SampleConversation conversation, SamplePerson person, DateTimeOffset at)
    {
        RequireMember(conversation, person, at);
        conversation.RecordChange(person, joined: false, at);
        return Membership(conversation, person, at, "channel_leave", "has left the channel");
    }

    /// The join messages Slack writes when a channel is created with its founding members.
    public void Found(SampleConversation conversation)
    {
        var order = conversation.Founders.OrderBy(p => p == conversation.Creator ? 0 : 1).ToList();
        for (var i = 0; i < order.Count; i++)
        {
            Membership(conversation, order[i], conversation.Created.AddSeconds(i * 3), "channel_join", "has joined the channel");
        }
    }

    public SampleFile NewFile(string name, string title, string fileType, string mimeType)
    {
        _fileCounter++;
        return new SampleFile(SampleSlackIds.Make('F', 0x5000 + _fileCounter), name, title, fileType, mimeType);
    }

    /// A question whose answer is the expected items, visible to the asker and the whole audience.
    public void Ask(string id, string kind, string question, SamplePerson asker, SampleConversation? audience, DateTimeOffset? now, params ISampleItem[] expected) =>
        _cases.Add(new GroundTruthCase(id, kind, question, asker.Name, audience?.Name, Ids(expected), [], [], now));

    /// The owner asks about their own mail, calendar or notes, for themselves alone.
    public void AskPersonal(string id, string question, SamplePerson owner, DateTimeOffset? now, params ISampleItem[] expected) =>
        Ask(id, GroundTruthKind.Personal, question, owner, null, now, expected);

    /// A question whose honest answer must not show the forbidden items or say the phrases, because the
    /// asker or someone in the audience may not see them.
    public void Trap(string id, string question, SamplePerson asker, SampleConversation? audience, IReadOnlyList<string> phrases, params ISampleItem[] forbidden) =>
        _cases.Add(new GroundTruthCase(id, GroundTruthKind.Trap, question, asker.Name, audience?.Name, [], Ids(forbidden), phrases, null));

    /// A fact the item states (see FactTruth). Current and replacedBy record a supersession: a fact replaced by a later
    /// one is not current, and the later one names no replacement.
    public void Fact(FactKind kind, ISampleItem item, string about, SamplePerson? person = null, string? status = null, bool? current = null, ISampleItem? replacedBy = null) =>
        _facts.Add(new FactTruth(FactKinds.Name(kind), item.ItemId, about, person?.Name, status, replacedBy is null ? current : false, replacedBy?.ItemId));

    public SampleMail AddMail(SampleMail mail)
    {
        if (mail.Parent is { } parent && (parent.Owner != mail.Owner || parent.Date >= mail.Date))
        {
            throw new InvalidOperationException($"{mail.MessageId} replies to a mail in another mailbox or from the future.");
        }
        _mails.Add(mail);
        return mail;
    }

    public SampleEvent AddEvent(SampleEvent calendarEvent)
    {
        _events.Add(calendarEvent);
        return calendarEvent;
    }

    public SampleNote AddNote(SampleNote note)
    {
        _notes.Add(note);
        return note;
    }

    /// Every item the importer will make from the personal sources. Throws on a duplicate id.
    public IReadOnlyDictionary<string, SamplePersonalItem> PersonalItems() =>
        _mails.Select(m => m.ToItem())
            .Concat(_events.SelectMany(e => e.Items()))
            .Concat(_notes.SelectMany(n => n.Items()))
            .ToDictionary(i => i.ItemId, StringComparer.Ordinal);

    /// Throws if a case points at something its asker or audience cannot see, at a message of the wrong
    /// shape for its kind, or if a trap forbids something the audience may see or a phrase it may read
    /// anyway. Catches storyline mistakes at generation time rather than in evaluation.
    public void Validate()
    {
        var end = DateTimeOffset.MaxValue;
        var slack = _messages.ToDictionary(m => m.ItemId, StringComparer.Ordinal);
        var personal = PersonalItems();
        var backlog = SampleBacklogWriter.Items(Team);
        foreach (var c in _cases)
        {
            if (!GroundTruthKind.All.Contains(c.Kind))
            {
                throw new InvalidOperationException($"Case {c.Id} has unknown kind {c.Kind}.");
            }
            var asker = Team.ByName(c.Asker);
            var viewers = new List<SamplePerson> { asker };
            if (c.Audience is not null)
            {
                var audience = Team.Conversations.Single(x => x.Name == c.Audience && x.Type == SampleConversationType.PublicChannel);
                viewers.AddRange(audience.MembersAt(end, Team.People));
            }
            var rooms = Team.Conversations.Where(x => viewers.All(v => x.IsMember(v, end))).ToHashSet();

            // Personal items reach an answer only when the owner asks for themselves; a message only when every viewer is in its conversation.
            bool Visible(string itemId) =>
                slack.TryGetValue(itemId, out var message) ? rooms.Contains(message.Conversation)
                : personal.TryGetValue(itemId, out var item) ? c.Audience is null && item.Owner == asker
                : backlog.ContainsKey(itemId) ? true
                : throw new InvalidOperationException($"Case {c.Id} points at {itemId}, which nothing in the sample produces.");

            var trap = c.Kind == GroundTruthKind.Trap;
            if (trap ? c.Forbidden.Count == 0 || c.ForbiddenPhrases.Count == 0 : c.Expected.Count == 0 || c.Forbidden.Count + c.ForbiddenPhrases.Count > 0)
            {
                throw new InvalidOperationException($"Case {c.Id}: only traps forbid, and every trap forbids items and phrases; other cases expect something.");
            }
            foreach (var expected in c.Expected)
            {
                if (!Visible(expected))
                {
                    throw new InvalidOperationException($"Case {c.Id}: {expected} is not visible to {c.Asker}{(c.Audience is null ? "" : " and #" + c.Audience)}.");
                }
                if ((c.Kind == GroundTruthKind.Personal) != personal.ContainsKey(expected))
                {
                    throw new InvalidOperationException($"Case {c.Id}: personal cases, and only they, expect personal items.");
                }
                if (slack.TryGetValue(expected, out var message))
                {
                    if (message.IsSystem || message.IsBot && c.Kind != GroundTruthKind.Time)
                    {
                        throw new InvalidOperationException($"Case {c.Id} expects a system or bot message.");
                    }
                    if (c.Kind == GroundTruthKind.Thread && message.Parent is null)
                    {
                        throw new InvalidOperationException($"Thread case {c.Id} must expect a reply.");
                    }
                }
            }
            if (c.Forbidden.FirstOrDefault(Visible) is { } shown)
            {
                throw new InvalidOperationException($"Trap {c.Id} forbids {shown}, which its audience may see.");
            }
            foreach (var phrase in c.ForbiddenPhrases)
            {
                if (!c.Forbidden.Any(f => Text(f).Contains(phrase, StringComparison.OrdinalIgnoreCase)))
                {
                    throw new InvalidOperationException($"Trap {c.Id}: \"{phrase}\" is in none of its forbidden items.");
                }
                var leak = slack.Keys.Concat(personal.Keys).Concat(backlog.Keys).FirstOrDefault(i => Visible(i) && Text(i).Contains(phrase, StringComparison.OrdinalIgnoreCase));
                if (leak is not null)
                {
                    throw new InvalidOperationException($"Trap {c.Id}: \"{phrase}\" is also in {leak}, which its audience may see.");
                }
            }
        }

        foreach (var f in _facts)
        {
            var where = $"Fact {f.Kind} \"{f.About}\" in {f.Item}";
            var text = slack.ContainsKey(f.Item) || personal.ContainsKey(f.Item)
                ? Text(f.Item)
                : throw new InvalidOperationException($"{where}: nothing in the sample produces that item.");
            if (Terms.Stems(f.About) is var about && (about.Count == 0 || !about.IsSubsetOf(Terms.Stems(text))))
            {
                throw new InvalidOperationException($"{where}: the item does not say that.");
            }
            if (f.ReplacedBy is { } later && !slack.ContainsKey(later) && !personal.ContainsKey(later))
            {
                throw new InvalidOperationException($"{where}: replaced by {later}, which nothing in the sample produces.");
            }
        }

        string Text(string itemId) =>
            slack.TryGetValue(itemId, out var message) ? message.SearchText : personal.TryGetValue(itemId, out var item) ? item.Text : backlog[itemId];
    }

    private SampleMessage Membership(SampleConversation conversation, SamplePerson person, DateTimeOffset at, string subtype, string verb) =>
        Add(new SampleMessage(conversation, Stamp(conversation, at), at)
        {
            Author = person,
            Text = $"{person.Mention} {verb}",
            Subtype = subtype,
        });

    private static List<string> Ids(ISampleItem[] items) => items.Select(i => i.ItemId).ToList();

    private SampleMessage Add(SampleMessage message)
    {
        _messages.Add(message);
        return message;
    }

    private static void RequireMember(SampleConversation conversation, SamplePerson person, DateTimeOffset at)
    {
        if (!conversation.IsMember(person, at))
        {
            throw new InvalidOperationException($"{person.Name} is not in {conversation.Name} at {at:u}.");
        }
    }

    /// Slack ts is unix seconds with six decimals and unique per conversation; a clash moves the
    /// newcomer by a microsecond so whoever was placed first (the storylines) keeps its ts.
    private string Stamp(SampleConversation conversation, DateTimeOffset at)
    {
        if (!_usedMicros.TryGetValue(conversation.Id, out var used))
        {
            used = [];
            _usedMicros[conversation.Id] = used;
        }
        var micros = SampleSlackTs.ToMicros(at);
        while (!used.Add(micros))
        {
            micros++;
        }
        return SampleSlackTs.FromMicros(micros);
    }
}
