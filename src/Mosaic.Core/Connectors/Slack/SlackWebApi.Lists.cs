using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mosaic.Connectors.Slack;

/// The read side of the Web API, a page at a time: each call takes the cursor the previous page gave (null for the
/// first), so a caller that saves it can stop anywhere and carry on later.
public sealed partial class SlackWebApi
{
    /// Slack's advice for list methods; it may return fewer.
    public const int PageLimit = 200;

    /// The conversation types a backfill reads, archived ones included.
    private const string AllTypes = "public_channel,private_channel,mpim,im";

    /// Checks the token and says whose it is; an invalid token fails here, before anything else is asked.
    public async Task<SlackAuth> AuthTestAsync(CancellationToken ct = default)
    {
        using var reply = await CallAsync("auth.test", [], form: true, ct);
        try
        {
            var auth = JsonFields.Of(reply.RootElement, "the reply");
            return new SlackAuth(auth.RequiredString("team_id"), auth.String("team"), auth.String("url"), auth.RequiredString("user_id"), auth.String("bot_id"));
        }
        catch (FormatException e)
        {
            throw new SlackApiException("auth.test", e.Message, transient: false);
        }
    }

    public Task<SlackPage<SlackUser>> UsersPageAsync(string? cursor, CancellationToken ct = default) =>
        PageAsync("users.list", [], cursor, "members", SlackJson.User, ct);

    /// Every kind of conversation the token can see; DMs and group DMs are named by their members once those are known.
    public Task<SlackPage<SlackConversation>> ConversationsPageAsync(string? cursor, Dictionary<string, SlackUser> users, CancellationToken ct = default) =>
        PageAsync("conversations.list", new JsonObject { ["types"] = AllTypes, ["exclude_archived"] = "false" }, cursor, "channels",
            e => SlackJson.Conversation(e, SlackJson.KindOf(e), users), ct);

    public Task<SlackPage<string>> MembersPageAsync(string channel, string? cursor, CancellationToken ct = default) =>
        PageAsync("conversations.members", new JsonObject { ["channel"] = channel }, cursor, "members",
            e => e.ValueKind == JsonValueKind.String ? e.GetString() : throw new FormatException($"a member should be a user id, found {JsonFields.Describe(e)}"), ct);

    /// A conversation's messages outside threads (and thread parents), newest first, after oldest when it is given.
    public Task<SlackPage<SlackMessage>> HistoryPageAsync(string channel, string? oldest, string? cursor, CancellationToken ct = default) =>
        PageAsync("conversations.history", Range(new JsonObject { ["channel"] = channel }, oldest), cursor, "messages", SlackJson.Message, ct);

    /// A thread's messages, oldest first, its parent among them.
    public Task<SlackPage<SlackMessage>> RepliesPageAsync(string channel, string threadTs, string? oldest, string? cursor, CancellationToken ct = default) =>
        PageAsync("conversations.replies", Range(new JsonObject { ["channel"] = channel, ["ts"] = threadTs }, oldest), cursor, "messages", SlackJson.Message, ct);

    private static JsonObject Range(JsonObject arguments, string? oldest)
    {
        if (oldest is not null)
        {
            arguments["oldest"] = oldest;
        }

        return arguments;
    }

    private async Task<SlackPage<T>> PageAsync<T>(string method, JsonObject arguments, string? cursor, string field, Func<JsonElement, T?> parse, CancellationToken ct)
        where T : class
    {
        arguments["limit"] = PageLimit;
        if (cursor is not null)
        {
            arguments["cursor"] = cursor;
        }

        using var reply = await CallAsync(method, arguments, form: true, ct);
        var root = reply.RootElement;
        if (!root.TryGetProperty(field, out var list) || list.ValueKind != JsonValueKind.Array)
        {
            throw new SlackApiException(method, $"no \"{field}\" list in the reply", transient: false);
        }

        var items = new List<T>();
        var problems = new List<string>();
        var index = 0;
        foreach (var element in list.EnumerateArray())
        {
            index++;
            try
            {
                if (parse(element) is { } item)
                {
                    items.Add(item);
                }
            }
            catch (FormatException e)
            {
                problems.Add($"{method}, entry {index} of \"{field}\": {e.Message}; skipped");
            }
        }

        var next = root.TryGetProperty("response_metadata", out var meta) && meta.ValueKind == JsonValueKind.Object
            && meta.TryGetProperty("next_cursor", out var c) && c.ValueKind == JsonValueKind.String && c.GetString() is { Length: > 0 } s
            ? s
            : null;
        return new SlackPage<T>(items, next, problems);
    }
}
