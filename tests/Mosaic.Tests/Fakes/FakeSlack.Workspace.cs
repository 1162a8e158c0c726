using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Mosaic.Tests.Fakes;

/// The fake's workspace and the methods that read it, with Slack's cursor pagination: auth.test, users.list,
/// conversations.list, conversations.members, conversations.history and conversations.replies. Every list page holds
/// at most PageSize records whatever limit was asked (Slack too may return fewer), "response_metadata.next_cursor" is
/// the next page's cursor and "" on the last page. Cursors name a position in the data (the next ts, or an offset), so
/// they stay good while the test adds messages between runs.
public sealed partial class FakeSlack
{
    public const string Team = SlackExportBuilder.Team;
    public const string BotUser = "U0MOSAIC";

    /// The most records one page holds.
    public int PageSize { get; set; } = 1000;

    /// users.list entries, in Slack's user object shape.
    public List<JsonObject> Users { get; } = [];

    public List<Conversation> Conversations { get; } = [];

    /// A conversation as conversations.list shows it (Info), its members, and all its messages, replies included
    /// (a reply has a thread_ts other than its ts). Refuse, when set, is the error its history and replies answer.
    public sealed record Conversation(JsonObject Info, List<string> Members, List<JsonObject> Messages)
    {
        public string Id => Info["id"]!.GetValue<string>();

        public string? Refuse { get; set; }
    }

    public Conversation In(string id) => Conversations.Single(c => c.Id == id);

    /// Serves the workspace of an export, as Slack would show it to an app that is in every conversation.
    public void Load(IReadOnlyDictionary<string, byte[]> export)
    {
        JsonArray List(string file) => export.TryGetValue(file, out var bytes) ? JsonNode.Parse(bytes)!.AsArray() : [];

        Users.AddRange(List("users.json").Select(u => u!.AsObject()));
        var folders = new Dictionary<string, Conversation>(StringComparer.Ordinal);
        foreach (var (file, flags) in new[] { ("channels.json", "public"), ("groups.json", "private"), ("mpims.json", "mpim"), ("dms.json", "im") })
        {
            foreach (var entry in List(file).Select(e => e!.AsObject()))
            {
                var info = entry.DeepClone().AsObject();
                var members = info["members"]?.AsArray().Select(m => m!.GetValue<string>()).ToList() ?? [];
                info.Remove("members");
                info["is_channel"] = flags == "public";
                info["is_group"] = flags is "private" or "mpim";
                info["is_private"] = flags != "public";
                info["is_mpim"] = flags == "mpim";
                info["is_im"] = flags == "im";
                if (flags == "im")
                {
                    info["user"] = members.LastOrDefault();
                }

                var conversation = new Conversation(info, members, []);
                Conversations.Add(conversation);
                folders[flags == "im" ? conversation.Id : info["name"]!.GetValue<string>()] = conversation;
            }
        }

        foreach (var (file, bytes) in export.Where(f => f.Key.Count(c => c == '/') == 1).OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            folders[file.Split('/')[0]].Messages.AddRange(JsonNode.Parse(bytes)!.AsArray().Select(m => m!.AsObject()));
        }
    }

    private JsonObject Read(string method, JsonObject arguments)
    {
        try
        {
            return Answer(method, arguments);
        }
        catch (FormatException)
        {
            return Error("invalid_cursor");
        }
    }

    private JsonObject Answer(string method, JsonObject arguments)
    {
        string? Arg(string name) => arguments[name] is JsonValue v ? v.ToString() : null;
        var limit = Math.Min(int.TryParse(Arg("limit"), CultureInfo.InvariantCulture, out var l) && l > 0 ? l : 100, PageSize);
        var channel = Arg("channel");
        var conversation = Conversations.FirstOrDefault(c => c.Id == channel);
        switch (method)
        {
            case "auth.test":
                return new JsonObject
                {
                    ["ok"] = true, ["url"] = "https://fake.slack.com/", ["team"] = "Fake Team", ["user"] = "mosaic", ["team_id"] = Team,
                    ["user_id"] = BotUser, ["bot_id"] = "B0MOSAIC", ["is_enterprise_install"] = false,
                };
            case "users.list":
                return ByOffset("members", Users, Arg("cursor"), limit);
            case "conversations.list":
                return ByOffset("channels", Conversations.Select(c => c.Info).ToList(), Arg("cursor"), limit);
            case "conversations.members" when conversation is not null:
                return ByOffset("members", conversation.Members.Select(m => (JsonNode)JsonValue.Create(m)).ToList(), Arg("cursor"), limit);
            case "conversations.history" or "conversations.replies" when conversation?.Refuse is { } refused:
                return Error(refused);
            case "conversations.history" when conversation is not null:
                // Messages outside threads, thread parents and replies also sent to the channel; newest first.
                var history = conversation.Messages
                    .Where(m => Ts(m, "thread_ts") is not { } thread || thread == Ts(m, "ts") || m["subtype"]?.GetValue<string>() == "thread_broadcast")
                    .Where(m => InRange(Ts(m, "ts")!, Arg("oldest"), Arg("latest"), Arg("inclusive") is "true" or "1"))
                    .OrderByDescending(m => Seconds(Ts(m, "ts")!))
                    .ToList();
                return ByTs(history, Arg("cursor"), limit, newestFirst: true);
            case "conversations.replies" when conversation is not null:
                var ts = Arg("ts");
                var parent = conversation.Messages.FirstOrDefault(m => Ts(m, "ts") == ts);
                if (parent is null)
                {
                    return Error("thread_not_found");
                }

                // The parent comes first on every page, then its replies, oldest first.
                var replies = conversation.Messages
                    .Where(m => Ts(m, "thread_ts") == ts && Ts(m, "ts") != ts)
                    .Where(m => InRange(Ts(m, "ts")!, Arg("oldest"), Arg("latest"), Arg("inclusive") is "true" or "1"))
                    .OrderBy(m => Seconds(Ts(m, "ts")!))
                    .ToList();
                var page = ByTs(replies, Arg("cursor"), limit, newestFirst: false);
                page["messages"]!.AsArray().Insert(0, parent.DeepClone());
                return page;
            case "conversations.members" or "conversations.history" or "conversations.replies":
                return Error("channel_not_found");
            default:
                return Error("unknown_method");
        }
    }

    private static JsonObject Error(string error) => new() { ["ok"] = false, ["error"] = error };

    private static JsonObject ByOffset(string field, IReadOnlyList<JsonNode> all, string? cursor, int limit)
    {
        var from = cursor is null ? 0 : int.Parse(Decode(cursor, "offset"), CultureInfo.InvariantCulture);
        var page = all.Skip(from).Take(limit).ToList();
        var next = from + page.Count < all.Count ? Encode("offset", (from + page.Count).ToString(CultureInfo.InvariantCulture)) : "";
        return new JsonObject
        {
            ["ok"] = true,
            [field] = new JsonArray([.. page.Select(p => p.DeepClone())]),
            ["response_metadata"] = new JsonObject { ["next_cursor"] = next },
        };
    }

    /// A page of messages from the cursor's ts on; the cursor is the ts of the first message of the next page.
    private static JsonObject ByTs(List<JsonObject> ordered, string? cursor, int limit, bool newestFirst)
    {
        var start = cursor is null ? ordered : ordered.Where(m => newestFirst
            ? Seconds(Ts(m, "ts")!) <= Seconds(Decode(cursor, "next_ts"))
            : Seconds(Ts(m, "ts")!) >= Seconds(Decode(cursor, "next_ts"))).ToList();
        var page = start.Take(limit).ToList();
        var more = start.Count > page.Count;
        return new JsonObject
        {
            ["ok"] = true,
            ["messages"] = new JsonArray([.. page.Select(m => m.DeepClone())]),
            ["has_more"] = more,
            ["pin_count"] = 0,
            ["response_metadata"] = new JsonObject { ["next_cursor"] = more ? Encode("next_ts", Ts(start[page.Count], "ts")!) : "" },
        };
    }

    private static bool InRange(string ts, string? oldest, string? latest, bool inclusive)
    {
        var t = Seconds(ts);
        return (oldest is null || (inclusive ? t >= Seconds(oldest) : t > Seconds(oldest)))
            && (latest is null || (inclusive ? t <= Seconds(latest) : t < Seconds(latest)));
    }

    private static string? Ts(JsonObject message, string field) => message[field]?.GetValue<string>();

    private static decimal Seconds(string ts) => decimal.Parse(ts, CultureInfo.InvariantCulture);

    private static string Encode(string kind, string value) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{kind}:{value}"));

    private static string Decode(string cursor, string kind)
    {
        var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
        return text.StartsWith(kind + ":", StringComparison.Ordinal) ? text[(kind.Length + 1)..] : throw new FormatException($"not a {kind} cursor: {text}");
    }
}
