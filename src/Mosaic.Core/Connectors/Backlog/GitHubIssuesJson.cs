using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Mosaic.Connectors.Slack;
using Mosaic.Ingestion;

namespace Mosaic.Connectors.Backlog;

/// GitHub's REST API array of issues (GET /repos/{owner}/{repo}/issues, pages joined into one array): number, title,
/// body, state and state_reason, labels[].name, assignees[].login (or assignee.login), user.login, milestone.title (kept
/// as the sprint), created_at, updated_at, closed_at, html_url. The key is "{owner}/{repo}#{number}" when html_url or
/// repository_url names the repository, else "#{number}". Pull requests, which the same endpoint lists, are skipped and
/// counted: they are changes to code, not backlog items.
public sealed partial class GitHubIssuesJson : IBacklogReader
{
    public string Format => BacklogFormats.GitHubJson;

    public IEnumerable<BacklogRow> Read(string path, CancellationToken ct = default)
    {
        var file = Path.GetFileName(path);
        var bytes = Bytes(path);
        var (elements, broken) = Elements(path, bytes);
        var pullRequests = 0;
        for (var index = 0; index < elements.Count; index++)
        {
            ct.ThrowIfCancellationRequested();
            var (start, end) = elements[index];
            using var document = JsonDocument.Parse(bytes.AsMemory(start, end - start));
            var values = new BacklogValues(file, $"[{index}]");
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("pull_request", out var pr) && pr.ValueKind != JsonValueKind.Null)
            {
                pullRequests++;
                continue;
            }

            BacklogIssue? issue = null;
            try
            {
                issue = Issue(JsonFields.Of(document.RootElement, "an issue"), values);
            }
            catch (FormatException e)
            {
                values.Fail(e.Message);
            }

            yield return new BacklogRow(values.Failed ? null : issue, values.Problems, end);
        }

        var notes = new List<ImportProblem>();
        if (pullRequests > 0)
        {
            notes.Add(new ImportProblem(file, null, $"skipped {pullRequests} pull request(s): the issues API lists them too, but they are not backlog items", IsError: false));
        }

        if (broken is not null)
        {
            notes.Add(broken);
        }

        if (notes.Count > 0)
        {
            yield return new BacklogRow(null, notes, bytes.Length);
        }
    }

    private static BacklogIssue? Issue(JsonFields json, BacklogValues values)
    {
        var number = json.Long("number");
        var title = json.String("title");
        if (number is null || title is null)
        {
            values.Error(number is null ? "number" : "title", "missing; every issue has one");
            return null;
        }

        var url = json.String("html_url");
        var repo = (url is null ? null : HtmlUrl().Match(url) is { Success: true } h ? h.Groups[1].Value : null)
            ?? (json.String("repository_url") is { } api && ApiUrl().Match(api) is { Success: true } a ? a.Groups[1].Value : null);
        var state = json.String("state");
        var reason = json.String("state_reason");
        var closed = string.Equals(state, "closed", StringComparison.OrdinalIgnoreCase);
        var status = state is null ? null
            : !closed ? "Open"
            : reason is null or "completed" ? "Closed"
            : $"Closed ({reason.Replace('_', ' ')})";

        var assignees = json.Array("assignees").Select(Login).ToList();
        if (assignees.Count == 0 && json.Object("assignee") is { } one)
        {
            assignees.Add(one.String("login"));
        }

        var created = values.Date("created_at", json.String("created_at"));
        var updated = values.Date("updated_at", json.String("updated_at"));
        var closedAt = values.Date("closed_at", json.String("closed_at"));
        return new BacklogIssue(
            repo is null ? $"#{number}" : $"{repo}#{number}",
            values.Text("title", title) ?? $"#{number}",
            "Issue",
            status,
            null,
            values.List("assignees", assignees),
            values.Text("user", json.Object("user")?.String("login")),
            null,
            values.List("milestone", [json.Object("milestone")?.String("title")]),
            values.List("labels", json.Array("labels").Select(Label)),
            created,
            updated,
            closed ? closedAt : null,
            values.Text("body", json.String("body"), BacklogValues.MaxDescription),
            url,
            values.Place)
        {
            StatusSince = closed ? closedAt : reason == "reopened" ? updated : created,
        };
    }

    private static string? Login(JsonElement user) => JsonFields.Of(user, "an assignee").String("login");

    /// A label is an object with a name, or (in some of GitHub's answers) the name alone.
    private static string? Label(JsonElement label) =>
        label.ValueKind == JsonValueKind.String ? label.GetString() : JsonFields.Of(label, "a label").String("name");

    /// The file's bytes without a BOM. Bytes that are not UTF-8 become U+FFFD, which each issue's check reports by field.
    private static byte[] Bytes(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var span = bytes.AsSpan();
        if (span.StartsWith("\uFEFF"u8))
        {
            span = span[3..];
        }

        return System.Text.Unicode.Utf8.IsValid(span) ? span.ToArray() : Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(span));
    }

    /// Where each element of the top-level array starts and ends. Malformed JSON ends the list where it is found, with a
    /// problem naming the place: the issues before it are still read.
    private static (List<(int Start, int End)> Elements, ImportProblem? Broken) Elements(string path, byte[] bytes)
    {
        var elements = new List<(int, int)>();
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = 64 });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
            {
                throw new MosaicException(
                    $"{path}: expected a JSON array of issues, as GitHub's API lists them (GET /repos/OWNER/REPO/issues), found {(reader.TokenType == JsonTokenType.None ? "nothing" : reader.TokenType.ToString())}.");
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                elements.Add((start, (int)reader.BytesConsumed));
            }

            return (elements, null);
        }
        catch (JsonException e)
        {
            return (elements, new ImportProblem(
                Path.GetFileName(path), $"line {(e.LineNumber ?? 0) + 1}",
                $"malformed JSON after issue [{elements.Count - 1}] (byte {(e.BytePositionInLine ?? 0) + 1} of the line); the issues after it were not read"));
        }
    }

    [GeneratedRegex(@"^https?://[^/]+/([^/]+/[^/]+)/(?:issues|pull)/[0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex HtmlUrl();

    [GeneratedRegex(@"/repos/([^/]+/[^/]+)/?$", RegexOptions.CultureInvariant)]
    private static partial Regex ApiUrl();
}
