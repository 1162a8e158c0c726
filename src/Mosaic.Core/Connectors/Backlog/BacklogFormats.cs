namespace Mosaic.Connectors.Backlog;

/// The backlog formats Mosaic reads, and how a file's format is told when it is not given.
public static class BacklogFormats
{
    public const string JiraCsv = "jira-csv";
    public const string GitHubJson = "github-json";
    public const string Csv = "csv";

    public static IReadOnlyList<string> All { get; } = [JiraCsv, GitHubJson, Csv];

    public static IBacklogReader Reader(string format) => format switch
    {
        JiraCsv => new BacklogCsv(jira: true),
        GitHubJson => new GitHubIssuesJson(),
        Csv => new BacklogCsv(jira: false),
        _ => throw new MosaicException($"--format: \"{format}\" is not a backlog format; use {string.Join(", ", All)}."),
    };

    /// JSON when the file starts with [ or { (after a BOM and blanks); else CSV, Jira's when its header has "Issue key".
    public static string Detect(string path)
    {
        if (!File.Exists(path))
        {
            throw new MosaicException(Directory.Exists(path) ? $"{path} is a folder; give the backlog file itself." : $"{path}: no such file.");
        }

        using (var stream = File.OpenRead(path))
        {
            var head = new byte[64];
            var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            var span = head.AsSpan(0, read);
            if (span.StartsWith("\uFEFF"u8))
            {
                span = span[3..];
            }

            span = span.TrimStart(" \t\r\n"u8);
            if (span.IsEmpty)
            {
                throw new MosaicException($"{path}: empty; nothing to import.");
            }

            if (span[0] is (byte)'[' or (byte)'{')
            {
                return GitHubJson;
            }
        }

        return BacklogCsv.HasJiraHeader(path) ? JiraCsv : Csv;
    }
}
