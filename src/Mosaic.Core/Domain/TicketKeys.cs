using System.Text.RegularExpressions;

namespace Mosaic.Domain;

/// Ticket keys as people write them: Jira's PROJECT-123, and GitHub's owner/repo#123 or an issue's github.com URL.
/// Finding one is not yet a link: UTF-8, ISO-8601 and COVID-19 have the same shape. The store links a mention only
/// to a key that is a backlog item's, or whose project a backlog holds.
public static partial class TicketKeys
{
    /// The distinct keys a text mentions, each with its project ("HBR" for HBR-142, "harbor/web" for harbor/web#12),
    /// in order of first appearance.
    public static IReadOnlyList<(string Key, string Project)> In(string text)
    {
        List<(string, string)>? found = null;
        if (text.Contains('-', StringComparison.Ordinal))
        {
            foreach (Match m in JiraKey().Matches(text))
            {
                Add(ref found, m.Value, m.Groups[1].Value);
            }
        }

        if (text.Contains('#', StringComparison.Ordinal) || text.Contains("github.com/", StringComparison.Ordinal))
        {
            foreach (Match m in GitHubKey().Matches(text))
            {
                var repo = m.Groups[1].Success ? m.Groups[1].Value : m.Groups[3].Value;
                var number = m.Groups[2].Success ? m.Groups[2].Value : m.Groups[4].Value;
                Add(ref found, $"{repo}#{number}", repo);
            }
        }

        return found ?? (IReadOnlyList<(string, string)>)[];
    }

    /// The project of a key: what comes before the number ("" when the key has no such shape, like "#12").
    public static string ProjectOf(string key)
    {
        if (JiraKey().Match(key) is { Success: true } jira && jira.Length == key.Length)
        {
            return jira.Groups[1].Value;
        }

        var hash = key.LastIndexOf('#');
        if (hash > 0)
        {
            return key[..hash];
        }

        var dash = key.LastIndexOf('-');
        return dash > 0 && key[(dash + 1)..].All(char.IsAsciiDigit) ? key[..dash] : "";
    }

    /// Whether a key has Jira's shape, PROJECT-123.
    public static bool IsJiraKey(string key) => JiraKey().Match(key) is { Success: true } m && m.Length == key.Length;

    private static void Add(ref List<(string, string)>? found, string key, string project)
    {
        found ??= [];
        if (!found.Exists(f => f.Item1 == key))
        {
            found.Add((key, project));
        }
    }

    // Not inside a longer word ("x-HBR-1"); a slash is a boundary, as in a URL's /browse/HBR-1, and so is a dash before
    // a word, as in a branch called HBR-142-swap-form.
    [GeneratedRegex(@"(?<![\w-])([A-Z][A-Z0-9_]+)-[0-9]+(?!\w)(?!-[0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex JiraKey();

    [GeneratedRegex(@"(?<![\w./-])([A-Za-z0-9][\w.-]*/[\w.-]+)#([0-9]+)\b|github\.com/([\w.-]+/[\w.-]+)/issues/([0-9]+)\b", RegexOptions.CultureInvariant)]
    private static partial Regex GitHubKey();
}
