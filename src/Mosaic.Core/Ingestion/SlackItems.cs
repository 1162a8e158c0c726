using Mosaic.Connectors.Slack;
using Mosaic.Domain;
using Mosaic.Permissions;

namespace Mosaic.Ingestion;

/// Slack's records as Mosaic's, the same whether they come from an export, a live event or a backfill, so a
/// message reads and searches the same however it arrived. Names for rendering mentions come from the caller.
public sealed class SlackItems(Func<string, string?> userName, Func<string, string?> channelName)
{
    public const string Source = "slack";

    /// The item of a message in a conversation. Tombstones and hidden messages keep their place in a thread with
    /// no text; joins and leaves are kept but never searched.
    public ItemRecord Item(string conversationId, SlackMessage m, PersonRef? author)
    {
        var kind = KindOf(m);
        var text = kind == "tombstone" || m.Hidden ? "" : Render(m);
        return new ItemRecord(
            Source, NativeId(conversationId, m.Ts), m.Ts, Scope.Conversation(Source, conversationId), author, m.Time,
            m.ThreadTs ?? (m.ReplyCount > 0 ? m.Ts : null), kind, text,
            Indexed: text.Length > 0 && kind is not ("join" or "leave"),
            m.Files, m.Reactions, m.ReplyCount,
            m.EditedTs is { } edited && SlackTs.TryParse(edited, out var editedAt) ? editedAt : null);
    }

    /// The item as the app sees it: a message that names the app is a question to it and the app's own messages are
    /// its answers; both are kept but never searched, since a question is not its own evidence and Mosaic does not
    /// cite itself. App is the app's bot user id, when known.
    public static ItemRecord AsSeenByApp(ItemRecord item, SlackMessage m, string? app)
    {
        var own = app is not null && m.User == app;
        var mentionsApp = app is not null && m.Text.Contains($"<@{app}>", StringComparison.Ordinal);
        return own || mentionsApp ? item with { Kind = own ? "assistant" : "question", Indexed = false } : item;
    }

    public static string NativeId(string conversationId, string ts) => $"{conversationId}/{ts}";

    public static string KindOf(SlackMessage m) => m.Subtype switch
    {
        null or "thread_broadcast" => "message",
        "channel_join" or "group_join" => "join",
        "channel_leave" or "group_leave" => "leave",
        "tombstone" => "tombstone",
        _ => m.Subtype,
    };

    public static PersonRecord Person(SlackUser u)
    {
        var identities = new List<Identity> { new(IdentityKind.Username, u.Name) };
        if (!string.IsNullOrWhiteSpace(u.DisplayName))
        {
            identities.Add(new Identity(IdentityKind.DisplayName, u.DisplayName));
        }

        if (!string.IsNullOrWhiteSpace(u.RealName))
        {
            identities.Add(new Identity(IdentityKind.RealName, u.RealName));
        }

        if (!string.IsNullOrWhiteSpace(u.Email))
        {
            identities.Add(new Identity(IdentityKind.Email, u.Email));
        }

        return new PersonRecord(PersonRef.Slack(u.Id), u.ShownName, u.Name, u.RealName, u.Title, u.TimeZone, u.IsBot, IsPlaceholder: false, identities);
    }

    /// An integration that posts under a bot id rather than a user.
    public static PersonRecord Bot(string botId, string? name) => new(
        new PersonRef(IdentityKind.SlackBotId, botId), name ?? botId, name, null, null, null, IsBot: true, IsPlaceholder: false,
        name is null ? [] : [new Identity(IdentityKind.Username, name)]);

    private string Render(SlackMessage m)
    {
        var parts = new List<string>();
        var text = SlackText.Render(m.Text, userName, channelName).Trim();
        if (text.Length > 0)
        {
            parts.Add(text);
        }

        parts.AddRange(m.Attachments.Select(a => SlackText.Render(a, userName, channelName).Trim()).Where(a => a.Length > 0 && !parts.Contains(a)));
        parts.AddRange(m.Files.Select(f => f.Title is null ? $"[file] {f.Name}" : $"[file] {f.Title} ({f.Name})"));
        return string.Join("\n", parts);
    }
}
