using System.Globalization;
using System.Text.Json;
using Mosaic.Domain;
using Mosaic.Ingestion;

namespace Mosaic.Connectors.Slack;

/// A Slack workspace export (the zip from Workspace settings → Import/Export data, or that zip unpacked):
/// users.json and channels.json, with groups.json, dms.json and mpims.json in full exports, and one folder
/// of YYYY-MM-DD.json files per conversation. Reads metadata on open and day files on demand; never writes.
public sealed class SlackExport : IDisposable
{
    public const long MaxFileBytes = 64L << 20;
    public const int MaxMessageTextBytes = 512 << 10;

    private readonly ExportArchive _archive;
    private readonly string _root;

    private SlackExport(ExportArchive archive, string root)
    {
        _archive = archive;
        _root = root;
    }

    public string Path => _archive.Path;

    public IReadOnlyList<SlackUser> Users { get; private set; } = [];

    public IReadOnlyList<SlackConversation> Conversations { get; private set; } = [];

    public IReadOnlyList<SlackDayFile> DayFiles { get; private set; } = [];

    /// Problems met reading the metadata and the layout; day files report their own.
    public IReadOnlyList<ImportProblem> Problems { get; private set; } = [];

    /// The Slack team the export comes from, when users.json says.
    public string? TeamId { get; private set; }

    /// Opens an export. A missing or unreadable users.json or channels.json is fatal: nothing can be imported without them.
    public static SlackExport Open(string path)
    {
        var archive = ExportArchive.Open(path);
        try
        {
            var export = new SlackExport(archive, FindRoot(archive));
            export.Load();
            return export;
        }
        catch
        {
            archive.Dispose();
            throw;
        }
    }

    // Some tools zip the export inside a top folder; accept that one level of nesting.
    private static string FindRoot(ExportArchive archive)
    {
        if (archive.Contains("users.json") || archive.Contains("channels.json"))
        {
            return "";
        }

        var nested = archive.Entries.Where(e => e.Count(c => c == '/') == 1 && e.EndsWith("/users.json", StringComparison.Ordinal)).ToList();
        return nested.Count == 1 ? nested[0][..(nested[0].Length - "users.json".Length)] : "";
    }

    private void Load()
    {
        var problems = new List<ImportProblem>();
        problems.AddRange(_archive.Refused.Select(name =>
            new ImportProblem(name, null, "zip entry points outside the export (an absolute path or ../); refused, nothing was read from it")));

        Users = ReadList("users.json", required: true, problems, SlackJson.User);
        TeamId = Users.Select(u => u.TeamId).Where(t => t is not null).GroupBy(t => t).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
        var byId = Users.ToDictionary(u => u.Id, StringComparer.Ordinal);

        var conversations = new List<SlackConversation>();
        conversations.AddRange(ReadList("channels.json", required: true, problems, e => SlackJson.Conversation(e, ConversationKind.PublicChannel, byId)));
        conversations.AddRange(ReadList("groups.json", required: false, problems, e => SlackJson.Conversation(e, ConversationKind.PrivateChannel, byId)));
        conversations.AddRange(ReadList("mpims.json", required: false, problems, e => SlackJson.Conversation(e, ConversationKind.GroupDirectMessage, byId)));
        conversations.AddRange(ReadList("dms.json", required: false, problems, e => SlackJson.Conversation(e, ConversationKind.DirectMessage, byId)));
        Conversations = conversations;

        var folders = new Dictionary<string, SlackConversation>(StringComparer.Ordinal);
        foreach (var conversation in conversations)
        {
            folders.TryAdd(conversation.Folder, conversation);
        }

        var days = new List<SlackDayFile>();
        var unknownFolders = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in _archive.Entries.Where(e => e.StartsWith(_root, StringComparison.Ordinal)))
        {
            var relative = entry[_root.Length..];
            var parts = relative.Split('/');
            if (parts.Length != 2 || !parts[1].EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (!folders.TryGetValue(parts[0], out var conversation))
            {
                unknownFolders[parts[0]] = unknownFolders.GetValueOrDefault(parts[0]) + 1;
                continue;
            }

            if (!DateOnly.TryParseExact(parts[1][..^5], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                problems.Add(new ImportProblem(relative, null, "not named like a day file (YYYY-MM-DD.json); skipped", IsError: false));
                continue;
            }

            days.Add(new SlackDayFile(conversation, entry, day));
        }

        foreach (var (folder, count) in unknownFolders)
        {
            problems.Add(new ImportProblem(
                folder + "/", null,
                $"matches no conversation in channels.json, groups.json, mpims.json or dms.json; its {count} file(s) were skipped"));
        }

        DayFiles = days.OrderBy(d => d.Day).ThenBy(d => d.Entry, StringComparer.Ordinal).ToList();
        Problems = problems;
    }

    private List<T> ReadList<T>(string file, bool required, List<ImportProblem> problems, Func<JsonElement, T?> parse)
        where T : class
    {
        var entry = _root + file;
        if (!_archive.Contains(entry))
        {
            if (required)
            {
                throw new MosaicException(
                    $"{_archive.Path}: {file} is missing from the top of the export. Is this a Slack workspace export (Workspace settings → Import/Export data)?");
            }

            return [];
        }

        JsonDocument document;
        try
        {
            document = JsonFile.Parse(file, _archive.Read(entry, MaxFileBytes));
        }
        catch (ExportFileException e) when (required)
        {
            throw new MosaicException($"{_archive.Path}: {file}: {e.Message.Replace("; skipped", "", StringComparison.Ordinal)}. Nothing was imported.");
        }
        catch (ExportFileException e)
        {
            problems.Add(new ImportProblem(file, null, e.Message));
            return [];
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                var message = $"should be a JSON array, found {JsonFields.Describe(document.RootElement)}";
                if (required)
                {
                    throw new MosaicException($"{_archive.Path}: {file} {message}. Nothing was imported.");
                }

                problems.Add(new ImportProblem(file, null, message + "; skipped"));
                return [];
            }

            var list = new List<T>();
            var index = 0;
            foreach (var element in document.RootElement.EnumerateArray())
            {
                index++;
                var place = $"entry {index}";
                try
                {
                    if (parse(element) is { } parsed)
                    {
                        list.Add(parsed);
                    }
                }
                catch (FormatException e)
                {
                    problems.Add(new ImportProblem(file, place, e.Message + "; skipped"));
                }
            }

            return list;
        }
    }

    /// Reads one day file. A file that cannot be read at all throws ExportFileException; a bad message is
    /// reported and skipped while the rest of the file is kept.
    public (IReadOnlyList<SlackMessage> Messages, IReadOnlyList<ImportProblem> Problems) ReadDay(SlackDayFile day)
    {
        var file = day.Entry[_root.Length..];
        using var document = JsonFile.Parse(file, _archive.Read(day.Entry, MaxFileBytes));
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new ExportFileException(file, $"should be a JSON array of messages, found {JsonFields.Describe(document.RootElement)}; skipped");
        }

        var messages = new List<SlackMessage>();
        var problems = new List<ImportProblem>();
        var index = 0;
        foreach (var element in document.RootElement.EnumerateArray())
        {
            index++;
            var ts = element.ValueKind == JsonValueKind.Object && element.TryGetProperty("ts", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            var place = ts is null ? $"message {index}" : $"message {index} (ts {ts})";
            try
            {
                if (SlackJson.Message(element) is { } message)
                {
                    messages.Add(message);
                }
            }
            catch (FormatException e)
            {
                problems.Add(new ImportProblem(file, place, e.Message + "; skipped"));
            }
        }

        return (messages, problems);
    }

    public void Dispose() => _archive.Dispose();
}
