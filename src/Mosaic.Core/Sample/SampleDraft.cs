namespace Mosaic.Sample;

/// Collects messages and ground truth while the workspace is written. Every post is checked against
/// membership at that moment, so a storyline can never put words in the mouth of someone who was
/// not in the room, and ts values stay unique per conversation.
internal sealed class SampleDraft(SampleTeam team)
{
    private readonly List<SampleMessage> _messages = [];
    private readonly List<GroundTruthCase> _cases = [];
    private readonly Dictionary<string, HashSet<long>> _usedMicros = new(StringComparer.Ordinal);
    private int _fileCounter;

    public SampleTeam Team { get; } = team;

    public IReadOnlyList<SampleMessage> Messages => _messages;

    public IReadOnlyList<GroundTruthCase> Cases => _cases;

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

    public void Ask(string id, string kind, string question, SamplePerson asker, SampleConversation? audience, DateTimeOffset? now, params SampleMessage[] expected) =>
        _cases.Add(new GroundTruthCase(
            id,
            kind,
            question,
            asker.Name,
            audience?.Name,
            expected.Select(m => new ExpectedRef(m.Conversation.Id, m.Ts)).ToList(),
            now));

    /// Throws if a case points at something its asker or audience cannot see, or at a message of the
    /// wrong shape for its kind. Catches storyline mistakes at generation time rather than in evaluation.
    public void Validate()
    {
        var end = DateTimeOffset.MaxValue;
        foreach (var c in _cases)
        {
            if (!GroundTruthKind.All.Contains(c.Kind))
            {
                throw new InvalidOperationException($"Case {c.Id} has unknown kind {c.Kind}.");
            }
            var viewers = new List<SamplePerson> { Team.ByName(c.Asker) };
            if (c.Audience is not null)
            {
                var audience = Team.Conversations.Single(x => x.Name == c.Audience && x.Type == SampleConversationType.PublicChannel);
                viewers.AddRange(audience.MembersAt(end, Team.People));
            }
            foreach (var expected in c.Expected)
            {
                var message = _messages.Single(m => m.Conversation.Id == expected.ConversationId && m.Ts == expected.Ts);
                if (message.IsSystem || message.IsBot && c.Kind != GroundTruthKind.Time)
                {
                    throw new InvalidOperationException($"Case {c.Id} expects a system or bot message.");
                }
                if (c.Kind == GroundTruthKind.Thread && message.Parent is null)
                {
                    throw new InvalidOperationException($"Thread case {c.Id} must expect a reply.");
                }
                var blind = viewers.FirstOrDefault(v => !message.Conversation.IsMember(v, end));
                if (blind is not null)
                {
                    throw new InvalidOperationException($"Case {c.Id}: {blind.Name} cannot see {message.Conversation.Name}.");
                }
            }
        }
    }

    private SampleMessage Membership(SampleConversation conversation, SamplePerson person, DateTimeOffset at, string subtype, string verb) =>
        Add(new SampleMessage(conversation, Stamp(conversation, at), at)
        {
            Author = person,
            Text = $"{person.Mention} {verb}",
            Subtype = subtype,
        });

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
