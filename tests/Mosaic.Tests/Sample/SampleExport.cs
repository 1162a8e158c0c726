using System.IO.Compression;
using System.Text.Json;

namespace Mosaic.Tests.Sample;

/// The generated zip read back with nothing but System.Text.Json, the way an importer would, so tests check
/// the export itself rather than the generator's own bookkeeping.
internal sealed record SampleExport(
    IReadOnlyList<SampleExport.User> Users,
    IReadOnlyDictionary<string, SampleExport.Conversation> Conversations,
    IReadOnlyList<SampleExport.Message> Messages)
{
    public sealed record User(string Id, string Name, string RealName, string? Email, bool IsBot);

    /// Kind is "channel", "group" (private channel), "dm" or "mpim"; Folder is where its day files live.
    public sealed record Conversation(string Id, string Name, string Kind, string Folder, IReadOnlyList<string> Members);

    public sealed record Message(
        string File,
        string ConversationId,
        string Ts,
        string Text,
        string? Subtype,
        string? User,
        string? BotId,
        string? ThreadTs,
        int ReplyCount,
        bool Edited,
        bool HasFiles,
        bool HasReactions)
    {
        public string ItemId => $"slack:{ConversationId}/{Ts}";
    }

    public string UserId(string name) => Users.Single(u => u.Name == name).Id;

    /// The asker plus every current member of the audience channel, as user ids.
    public IReadOnlyList<string> Viewers(string asker, string? audience)
    {
        var viewers = new List<string> { UserId(asker) };
        if (audience is not null)
        {
            viewers.AddRange(Conversations.Values.Single(c => c.Kind == "channel" && c.Name == audience).Members);
        }
        return viewers;
    }

    /// Splits "slack:{conversationId}/{ts}".
    public static (string ConversationId, string Ts) ParseSlackId(string itemId)
    {
        Assert.StartsWith("slack:", itemId, StringComparison.Ordinal);
        var parts = itemId["slack:".Length..].Split('/');
        Assert.Equal(2, parts.Length);
        return (parts[0], parts[1]);
    }

    public static SampleExport Read(string zipPath)
    {
        using var zip = ZipFile.OpenRead(zipPath);

        var users = Array(zip, "users.json")
            .Select(u => new User(
                u.GetProperty("id").GetString()!,
                u.GetProperty("name").GetString()!,
                u.GetProperty("real_name").GetString()!,
                Text(u.GetProperty("profile"), "email"),
                u.GetProperty("is_bot").GetBoolean()))
            .ToList();

        var conversations = new Dictionary<string, Conversation>(StringComparer.Ordinal);
        foreach (var (file, kind) in new[] { ("channels.json", "channel"), ("groups.json", "group"), ("mpims.json", "mpim"), ("dms.json", "dm") })
        {
            foreach (var c in Array(zip, file))
            {
                var id = c.GetProperty("id").GetString()!;
                var name = kind == "dm" ? id : c.GetProperty("name").GetString()!;
                var members = c.GetProperty("members").EnumerateArray().Select(m => m.GetString()!).ToList();
                conversations.Add(id, new Conversation(id, name, kind, name, members));
            }
        }

        var byFolder = conversations.Values.ToDictionary(c => c.Folder, StringComparer.Ordinal);
        var messages = new List<Message>();
        foreach (var entry in zip.Entries.Where(e => e.FullName.Contains('/', StringComparison.Ordinal)).OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            var conversation = byFolder[entry.FullName.Split('/')[0]];
            foreach (var m in Array(zip, entry.FullName))
            {
                Assert.Equal("message", m.GetProperty("type").GetString());
                messages.Add(new Message(
                    entry.FullName,
                    conversation.Id,
                    m.GetProperty("ts").GetString()!,
                    Text(m, "text") ?? "",
                    Text(m, "subtype"),
                    Text(m, "user"),
                    Text(m, "bot_id"),
                    Text(m, "thread_ts"),
                    m.TryGetProperty("reply_count", out var count) ? count.GetInt32() : 0,
                    m.TryGetProperty("edited", out _),
                    m.TryGetProperty("files", out var files) && files.GetArrayLength() > 0,
                    m.TryGetProperty("reactions", out var reactions) && reactions.GetArrayLength() > 0));
            }
        }
        return new SampleExport(users, conversations, messages);
    }

    private static List<JsonElement> Array(ZipArchive zip, string name)
    {
        var entry = zip.GetEntry(name) ?? throw new InvalidOperationException($"{name} is missing from the export.");
        using var stream = entry.Open();
        using var json = JsonDocument.Parse(stream);
        return json.RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
