using System.Globalization;
using Mosaic.Ingestion;

namespace Mosaic.Connectors.Backlog;

/// Reads one row's values the same way for every format, and keeps what was wrong with them, each problem named by the
/// file, the row's place and the field. An error means the row is not imported; a warning that it is, as said.
internal sealed class BacklogValues(string file, string place)
{
    /// Longer descriptions are cut: a backlog item is read and quoted, and no one reads 50 MB.
    public const int MaxDescription = 100_000;

    public const int MaxSummary = 1_000;

    private const int MaxKey = 200;

    // Jira's own export format (24/Sep/25 8:15 AM), besides ISO-8601; month names are English.
    private static readonly string[] JiraDates =
        ["d/MMM/yy h:mm tt", "d/MMM/yyyy h:mm tt", "d/MMM/yy H:mm", "d/MMM/yyyy H:mm", "d/MMM/yy", "d/MMM/yyyy"];

    private readonly List<ImportProblem> _problems = [];

    public string Place => place;

    public IReadOnlyList<ImportProblem> Problems => _problems;

    public bool Failed => _problems.Exists(p => p.IsError);

    public void Error(string field, string message) => Fail($"{field}: {message}");

    /// An error whose message names the field itself.
    public void Fail(string message) => _problems.Add(new ImportProblem(file, place, message));

    public void Warn(string field, string message) => _problems.Add(new ImportProblem(file, place, $"{field}: {message}", IsError: false));

    /// The key: required, one line, not too long.
    public string? Key(string field, string? raw)
    {
        var key = raw?.Trim();
        if (string.IsNullOrEmpty(key))
        {
            Error(field, "missing; every issue needs its key");
            return null;
        }

        if (key.Length > MaxKey || key.Any(char.IsControl) || key.Contains('\uFFFD', StringComparison.Ordinal))
        {
            Error(field, $"\"{Clip(key)}\" is not a key: {(key.Length > MaxKey ? $"{Units.Count(key.Length)} characters, at most {MaxKey}" : "it holds control characters or bytes that are not UTF-8")}");
            return null;
        }

        return key;
    }

    /// Text as given, trimmed; empty is null. Longer than max is cut, with a warning; bytes that were not UTF-8 (read as
    /// U+FFFD) are kept as � with a warning, so the rest of the row still imports.
    public string? Text(string field, string? raw, int max = MaxSummary)
    {
        var text = raw?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (text.Contains('\uFFFD', StringComparison.Ordinal))
        {
            Warn(field, "holds bytes that are not UTF-8, shown as �; export the file as UTF-8");
        }

        if (text.Length > max)
        {
            Warn(field, $"{Units.Count(text.Length)} characters; kept the first {Units.Count(max)}");
            text = text[..max];
        }

        return text;
    }

    /// ISO-8601 (2025-09-24, 2025-09-24T08:15:00Z, 2025-09-24 08:15, …+0200) or Jira's 24/Sep/25 8:15 AM. A time without
    /// an offset is read as UTC.
    public DateTimeOffset? Date(string field, string? raw)
    {
        var text = raw?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        const DateTimeStyles Styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces;
        var iso = text.Length >= 10 && char.IsAsciiDigit(text[0]) && text[4] == '-';
        if (iso && text.Length >= 5 && (text[^5] is '+' or '-') && text[^4..].All(char.IsAsciiDigit))
        {
            text = text[..^2] + ":" + text[^2..];
        }

        if ((iso && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, Styles, out var time))
            || DateTimeOffset.TryParseExact(text, JiraDates, CultureInfo.InvariantCulture, Styles, out time))
        {
            return time;
        }

        Error(field, $"cannot read \"{Clip(text)}\" as a date; use ISO-8601 like 2025-09-24T08:15:00Z, or Jira's 24/Sep/25 8:15 AM");
        return null;
    }

    /// A non-negative number such as story points (3, 0.5).
    public double? Number(string field, string? raw)
    {
        var text = raw?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number >= 0 && double.IsFinite(number))
        {
            return number;
        }

        Error(field, $"\"{Clip(text)}\" is not a number of points (like 3 or 0.5)");
        return null;
    }

    /// The values of a field that may hold several, each trimmed, empty ones and repeats dropped, in order.
    public List<string> List(string field, IEnumerable<string?> raw) =>
        raw.Select(r => Text(field, r)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();

    private static string Clip(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
