using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mosaic.Tests.Fakes;

/// Builds small Slack workspace exports in the real export layout, for tests that need exact control:
/// users.json, channels.json, groups.json, dms.json, mpims.json and YYYY-MM-DD.json day files per folder.
/// Raw files can be added or replaced to make broken exports.
public sealed class SlackExportBuilder
{
    public const string Team = "T0TEST";

    private readonly JsonArray _users = [];
    private readonly JsonArray _channels = [];
    private readonly JsonArray _groups = [];
    private readonly JsonArray _dms = [];
    private readonly JsonArray _mpims = [];
    private readonly Dictionary<string, string> _folders = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, JsonArray> _days = new(StringComparer.Ordinal);
    private readonly Dictionary<string, byte[]> _raw = new(StringComparer.Ordinal);
    private readonly HashSet<string> _omit = new(StringComparer.Ordinal);

    public SlackExportBuilder User(string id, string name, string? realName = null, string? email = null, string? displayName = null, string? title = null, string tz = "Europe/Berlin", bool bot = false)
    {
        _users.Add(new JsonObject
        {
            ["id"] = id,
            ["team_id"] = Team,
            ["name"] = name,
            ["deleted"] = false,
            ["real_name"] = realName ?? name,
            ["tz"] = tz,
            ["is_bot"] = bot,
            ["profile"] = new JsonObject
            {
                ["real_name"] = realName ?? name,
                ["display_name"] = displayName ?? name,
                ["email"] = email,
                ["title"] = title ?? "",
            },
        });
        return this;
    }

    public SlackExportBuilder Channel(string id, string name, params string[] members) => AddConversation(_channels, id, name, name, members);

    public SlackExportBuilder PrivateChannel(string id, string name, params string[] members) => AddConversation(_groups, id, name, name, members);

    public SlackExportBuilder GroupDm(string id, string name, params string[] members) => AddConversation(_mpims, id, name, name, members);

    /// A public channel whose metadata does not list members (membership then comes from join/leave messages).
    public SlackExportBuilder ChannelWithoutMemberList(string id, string name)
    {
        _channels.Add(new JsonObject { ["id"] = id, ["name"] = name, ["created"] = 1_750_000_000, ["is_archived"] = false });
        _folders[id] = name;
        return this;
    }

    public SlackExportBuilder Dm(string id, string first, string second)
    {
        _dms.Add(new JsonObject { ["id"] = id, ["created"] = 1_750_000_000, ["members"] = new JsonArray(first, second) });
        _folders[id] = id;
        return this;
    }

    private SlackExportBuilder AddConversation(JsonArray list, string id, string name, string folder, string[] members)
    {
        list.Add(new JsonObject
        {
            ["id"] = id,
            ["name"] = name,
            ["created"] = 1_750_000_000,
            ["creator"] = members.FirstOrDefault(),
            ["is_archived"] = false,
            ["members"] = new JsonArray(members.Select(m => (JsonNode)JsonValue.Create(m)!).ToArray()),
            ["topic"] = new JsonObject { ["value"] = "", ["creator"] = "", ["last_set"] = 0 },
            ["purpose"] = new JsonObject { ["value"] = $"About {name}", ["creator"] = "", ["last_set"] = 0 },
        });
        _folders[id] = folder;
        return this;
    }

    /// Adds a message to a conversation (by id); the day file is the UTC date of its ts.
    public SlackExportBuilder Message(string conversationId, string ts, string? user, string text, Action<JsonObject>? more = null)
    {
        var message = new JsonObject { ["type"] = "message", ["ts"] = ts, ["text"] = text };
        if (user is not null)
        {
            message["user"] = user;
        }

        more?.Invoke(message);
        return Raw(conversationId, ts, message);
    }

    /// Adds any JSON node as a message (for wrong types and odd shapes).
    public SlackExportBuilder Raw(string conversationId, string ts, JsonNode message)
    {
        var seconds = long.Parse(ts.Split('.')[0], CultureInfo.InvariantCulture);
        var day = DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var key = $"{_folders[conversationId]}/{day}.json";
        if (!_days.TryGetValue(key, out var list))
        {
            _days[key] = list = [];
        }

        list.Add(message);
        return this;
    }

    /// Replaces or adds a file with exact bytes.
    public SlackExportBuilder File(string entry, byte[] bytes)
    {
        _raw[entry] = bytes;
        return this;
    }

    public SlackExportBuilder File(string entry, string text) => File(entry, Encoding.UTF8.GetBytes(text));

    public SlackExportBuilder Without(string entry)
    {
        _omit.Add(entry);
        return this;
    }

    public IReadOnlyDictionary<string, byte[]> Files()
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["users.json"] = Bytes(_users),
            ["channels.json"] = Bytes(_channels),
            ["groups.json"] = Bytes(_groups),
            ["dms.json"] = Bytes(_dms),
            ["mpims.json"] = Bytes(_mpims),
        };
        foreach (var (entry, messages) in _days)
        {
            files[entry] = Bytes(messages);
        }

        foreach (var (entry, bytes) in _raw)
        {
            files[entry] = bytes;
        }

        foreach (var entry in _omit)
        {
            files.Remove(entry);
        }

        return files;
    }

    public string WriteFolder(string folder)
    {
        foreach (var (entry, bytes) in Files())
        {
            var path = Path.Combine(folder, entry);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            System.IO.File.WriteAllBytes(path, bytes);
        }

        return folder;
    }

    public string WriteZip(string path, IReadOnlyDictionary<string, byte[]>? extraEntries = null)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (entry, bytes) in Files().Concat(extraEntries ?? new Dictionary<string, byte[]>()))
        {
            using var stream = zip.CreateEntry(entry).Open();
            stream.Write(bytes);
        }

        return path;
    }

    private static byte[] Bytes(JsonNode node) => Encoding.UTF8.GetBytes(node.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
}
