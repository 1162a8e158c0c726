using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Mosaic.Ingestion;

namespace Mosaic.Connectors.Backlog;

/// A backlog as CSV with a header row: Jira's export (Issue key, Summary, Issue Type, Status, Assignee, Reporter, Sprint,
/// Story Points, Priority, Created, Updated, Description, Labels, …) or a plain CSV whose columns go by common names
/// (key or id, title, status, assignee, …). Column names are matched without case, spaces or punctuation, and Jira's
/// "Custom field (Story Points)" as "Story Points"; unknown columns are ignored and missing ones left empty. Jira
/// repeats a column for each of several sprints or labels; a plain CSV may repeat it too, or separate values with ";".
public sealed class BacklogCsv(bool jira) : IBacklogReader
{
    private enum Field
    {
        Key,
        Summary,
        Type,
        Status,
        Priority,
        Assignee,
        Reporter,
        Sprint,
        Points,
        Created,
        Updated,
        Resolved,
        Description,
        Labels,
        Url,
    }

    // Header names, normalised (lower case, letters and digits only), by field. Jira's own names come first.
    private static readonly Dictionary<string, Field> Names = new(StringComparer.Ordinal)
    {
        ["issuekey"] = Field.Key, ["key"] = Field.Key, ["id"] = Field.Key, ["issue"] = Field.Key, ["ticket"] = Field.Key, ["ref"] = Field.Key,
        ["summary"] = Field.Summary, ["title"] = Field.Summary, ["name"] = Field.Summary,
        ["issuetype"] = Field.Type, ["type"] = Field.Type, ["kind"] = Field.Type,
        ["status"] = Field.Status, ["state"] = Field.Status,
        ["priority"] = Field.Priority,
        ["assignee"] = Field.Assignee, ["assignees"] = Field.Assignee, ["assignedto"] = Field.Assignee, ["owner"] = Field.Assignee,
        ["reporter"] = Field.Reporter, ["author"] = Field.Reporter, ["createdby"] = Field.Reporter, ["creator"] = Field.Reporter,
        ["sprint"] = Field.Sprint, ["sprints"] = Field.Sprint, ["iteration"] = Field.Sprint, ["milestone"] = Field.Sprint,
        ["storypoints"] = Field.Points, ["storypointestimate"] = Field.Points, ["points"] = Field.Points, ["estimate"] = Field.Points,
        ["created"] = Field.Created, ["createdat"] = Field.Created, ["createddate"] = Field.Created, ["opened"] = Field.Created,
        ["updated"] = Field.Updated, ["updatedat"] = Field.Updated, ["modified"] = Field.Updated, ["lastupdated"] = Field.Updated,
        ["resolved"] = Field.Resolved, ["resolvedat"] = Field.Resolved, ["resolutiondate"] = Field.Resolved, ["closed"] = Field.Resolved, ["closedat"] = Field.Resolved,
        ["description"] = Field.Description, ["body"] = Field.Description, ["details"] = Field.Description,
        ["labels"] = Field.Labels, ["label"] = Field.Labels, ["tags"] = Field.Labels,
        ["url"] = Field.Url, ["link"] = Field.Url,
    };

    // Bytes that are not UTF-8 become U+FFFD, which the row's check reports by line and field; a BOM is skipped.
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public string Format => jira ? BacklogFormats.JiraCsv : BacklogFormats.Csv;

    /// Whether the file's header names Jira's "Issue key" column.
    public static bool HasJiraHeader(string path)
    {
        using var parser = Open(File.OpenRead(path), _ => { });
        return parser.Read() && parser.Record!.Any(h => Normalise(h) == "issuekey");
    }

    public IEnumerable<BacklogRow> Read(string path, CancellationToken ct = default)
    {
        var file = Path.GetFileName(path);
        var quirks = new List<long>();
        var stream = File.OpenRead(path);
        using var parser = Open(stream, args => quirks.Add(args.Context.Parser?.RawRow ?? 0));
        if (!parser.Read())
        {
            throw new MosaicException($"{path}: empty; a backlog CSV starts with a header row.");
        }

        var header = parser.Record!;
        var columns = Columns(header);
        var keyColumns = columns.GetValueOrDefault(Field.Key) ?? [];
        if (jira)
        {
            keyColumns = keyColumns.Where(c => Normalise(header[c]) == "issuekey").ToList();
        }

        if (keyColumns.Count == 0)
        {
            throw new MosaicException(jira
                ? $"{path}, line 1: no \"Issue key\" column, so no issue can be told apart. The header has: {string.Join(", ", header.Take(20))}."
                : $"{path}, line 1: no key column; name one \"key\", \"id\", \"issue\" or \"ticket\". The header has: {string.Join(", ", header.Take(20))}.");
        }

        columns[Field.Key] = keyColumns;
        var lastLine = parser.RawRow;
        while (parser.Read())
        {
            ct.ThrowIfCancellationRequested();
            var record = parser.Record!;
            var (first, last) = (lastLine + 1, parser.RawRow);
            lastLine = last;
            if (record.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            var values = new BacklogValues(file, first == last ? $"line {first}" : $"lines {first}–{last}");
            if (quirks.Count > 0)
            {
                values.Warn("quotes", "a quote inside an unquoted field, or text after a closing quote; read as written");
                quirks.Clear();
            }

            if (record.Length != header.Length)
            {
                values.Warn("fields", $"{record.Length} fields where the header has {header.Length}; the missing ones are empty, extra ones ignored");
            }

            var issue = Issue(record, columns, values);
            // Where the reader has got to in the file, a buffer ahead of the row: close enough for progress, and free (the
            // parser's own byte count costs more than the parsing).
            yield return new BacklogRow(values.Failed ? null : issue, values.Problems, stream.Position);
        }
    }

    private BacklogIssue? Issue(string[] record, Dictionary<Field, List<int>> columns, BacklogValues values)
    {
        IEnumerable<string> All(Field field) =>
            (columns.GetValueOrDefault(field) ?? []).Where(c => c < record.Length).Select(c => record[c]);
        string? One(Field field) => All(field).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
        IEnumerable<string> Several(Field field, params char[] separators) =>
            All(field).SelectMany(v => separators.Length == 0 ? [v] : v.Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

        var key = values.Key(jira ? "Issue key" : "key", One(Field.Key));
        var issue = new BacklogIssue(
            key ?? "",
            values.Text("Summary", One(Field.Summary)) ?? key ?? "",
            values.Text("Issue Type", One(Field.Type)),
            values.Text("Status", One(Field.Status)),
            values.Text("Priority", One(Field.Priority)),
            values.List("Assignee", jira ? All(Field.Assignee) : Several(Field.Assignee, ';')),
            values.Text("Reporter", One(Field.Reporter)),
            values.Number("Story Points", One(Field.Points)),
            values.List("Sprint", jira ? All(Field.Sprint) : Several(Field.Sprint, ';')),
            // Jira labels never hold spaces; one cell may hold several of them.
            values.List("Labels", jira ? Several(Field.Labels, ' ') : Several(Field.Labels, ';', ',')),
            values.Date("Created", One(Field.Created)),
            values.Date("Updated", One(Field.Updated)),
            values.Date("Resolved", One(Field.Resolved)),
            values.Text("Description", One(Field.Description), BacklogValues.MaxDescription),
            values.Text("URL", One(Field.Url)),
            values.Place);
        return key is null ? null : issue;
    }

    private static CsvParser Open(FileStream stream, BadDataFound badData)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectDelimiter = true,
            DetectDelimiterValues = [",", ";", "\t"],
            BadDataFound = badData,
        };
        return new CsvParser(new StreamReader(stream, Utf8, detectEncodingFromByteOrderMarks: true), config);
    }

    private static Dictionary<Field, List<int>> Columns(string[] header)
    {
        var columns = new Dictionary<Field, List<int>>();
        for (var c = 0; c < header.Length; c++)
        {
            if (Names.TryGetValue(Normalise(header[c]), out var field))
            {
                if (!columns.TryGetValue(field, out var list))
                {
                    columns[field] = list = [];
                }

                list.Add(c);
            }
        }

        return columns;
    }

    /// "Custom field (Story Points)" → "storypoints", "Issue key" → "issuekey", "created_at" → "createdat".
    private static string Normalise(string name)
    {
        var letters = new string(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
        return letters.StartsWith("customfield", StringComparison.Ordinal) ? letters["customfield".Length..] : letters;
    }
}
