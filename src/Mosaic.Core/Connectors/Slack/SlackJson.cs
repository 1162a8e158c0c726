using System.Text.Json;
using Mosaic.Domain;

namespace Mosaic.Connectors.Slack;

/// Slack's JSON objects as exports, the Events API and the Web API all write them (a message, a user, a
/// conversation), read into records. A malformed object throws FormatException naming the field.
public static class SlackJson
{
    /// A user object (users.json, users.list, user_change).
    public static SlackUser User(JsonElement element)
    {
        var user = JsonFields.Of(element, "the entry");
        var profile = user.Object("profile");
        return new SlackUser(
            Id: user.RequiredString("id"),
            TeamId: user.String("team_id"),
            Name: user.RequiredString("name"),
            RealName: user.String("real_name") ?? profile?.String("real_name"),
            DisplayName: profile?.String("display_name"),
            Email: profile?.String("email"),
            Title: profile?.String("title"),
            TimeZone: user.String("tz"),
            IsBot: user.Bool("is_bot"),
            Deleted: user.Bool("deleted"));
    }

    /// A conversation object (channels.json and friends, conversations.list, channel_created).
    public static SlackConversation Conversation(JsonElement element, ConversationKind kind, Dictionary<string, SlackUser> users)
    {
        var c = JsonFields.Of(element, "the entry");
        var id = c.RequiredString("id");
        var created = c.Long("created");
        var folder = kind == ConversationKind.DirectMessage ? id : c.RequiredString("name");
        var conversation = new SlackConversation(
            id, folder, kind, folder,
            created is { } seconds ? SlackTs.FromUnixSeconds(seconds) : null,
            c.Bool("is_archived"),
            c.Object("topic")?.String("value") is { Length: > 0 } topic ? topic : null,
            c.Object("purpose")?.String("value") is { Length: > 0 } purpose ? purpose : null,
            null);
        return WithMembers(conversation, c.Strings("members"), users);
    }

    /// The conversation with its member list; a DM or group DM is then named by its members ("@maya, @priya"), as
    /// Slack shows it, however the list arrived (an export's metadata or conversations.members).
    public static SlackConversation WithMembers(SlackConversation conversation, IReadOnlyList<string>? members, Dictionary<string, SlackUser> users) =>
        conversation with
        {
            Members = members,
            Name = (conversation.Kind is ConversationKind.DirectMessage or ConversationKind.GroupDirectMessage) && members is { Count: > 0 }
                ? string.Join(", ", members.Select(m => "@" + (users.TryGetValue(m, out var u) ? u.Name : m)))
                : conversation.Name,
        };

    /// What kind of conversation a conversations.list entry is, from its flags.
    public static ConversationKind KindOf(JsonElement element)
    {
        var c = JsonFields.Of(element, "the entry");
        return c.Bool("is_im") ? ConversationKind.DirectMessage
            : c.Bool("is_mpim") ? ConversationKind.GroupDirectMessage
            : c.Bool("is_private") || c.Bool("is_group") ? ConversationKind.PrivateChannel
            : ConversationKind.PublicChannel;
    }

    /// A message object; null when it is not a message (type other than "message", or "app_mention", which is a
    /// message that names the app).
    public static SlackMessage? Message(JsonElement element)
    {
        var m = JsonFields.Of(element, "the message");
        if (m.String("type") is { } type && type is not ("message" or "app_mention"))
        {
            return null;
        }

        var ts = m.RequiredString("ts");
        if (!SlackTs.TryParse(ts, out var time))
        {
            throw new FormatException($"\"ts\" is not a Slack timestamp (\"{Clip(ts)}\")");
        }

        var threadTs = m.String("thread_ts");
        if (threadTs is not null && !SlackTs.TryParse(threadTs, out _))
        {
            throw new FormatException($"\"thread_ts\" is not a Slack timestamp (\"{Clip(threadTs)}\")");
        }

        var text = m.String("text") ?? "";
        var size = System.Text.Encoding.UTF8.GetByteCount(text);
        if (size > SlackExport.MaxMessageTextBytes)
        {
            throw new FormatException($"text is {Units.Bytes(size)}, over the {Units.Bytes(SlackExport.MaxMessageTextBytes)} Mosaic keeps for one message");
        }

        var files = new List<FileRef>();
        foreach (var f in m.Array("files"))
        {
            var file = JsonFields.Of(f, "an entry of \"files\"");
            var name = file.String("name");
            var title = file.String("title");
            if (name is not null || title is not null)
            {
                files.Add(new FileRef(name ?? title!, title is not null && title != name ? title : null));
            }
        }

        var reactions = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in m.Array("reactions"))
        {
            var reaction = JsonFields.Of(r, "an entry of \"reactions\"");
            var name = reaction.RequiredString("name");
            var count = reaction.Long("count") ?? reaction.Strings("users")?.Count ?? 1;
            reactions[name] = reactions.GetValueOrDefault(name) + (int)Math.Clamp(count, 0, int.MaxValue);
        }

        var attachments = new List<string>();
        foreach (var a in m.Array("attachments"))
        {
            var attachment = JsonFields.Of(a, "an entry of \"attachments\"");
            var parts = new[] { attachment.String("pretext"), attachment.String("title"), attachment.String("text") ?? attachment.String("fallback") }
                .Where(s => !string.IsNullOrWhiteSpace(s));
            var joined = string.Join(" — ", parts);
            if (joined.Length > 0)
            {
                attachments.Add(joined);
            }
        }

        var botName = m.String("username") ?? m.Object("bot_profile")?.String("name");
        return new SlackMessage(
            ts, time, m.String("user"), m.String("subtype"), text, threadTs,
            (int)Math.Clamp(m.Long("reply_count") ?? 0, 0, int.MaxValue),
            m.String("bot_id"), botName, files, reactions,
            m.Object("edited")?.String("ts"), m.Bool("hidden"), attachments);
    }

    private static string Clip(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
