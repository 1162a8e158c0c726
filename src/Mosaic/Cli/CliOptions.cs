using System.CommandLine;
using System.Globalization;

namespace Mosaic.Cli;

/// The options several commands share, defined once so their names and help read the same everywhere.
internal static class CliOptions
{
    public static Option<string?> Db() => new("--db")
    {
        Description = "Database file (default: $MOSAIC_DB, else mosaic.db in your data folder)",
        Recursive = true,
    };

    public static Option<string> As() => new("--as")
    {
        Description = "Who is asking: a Slack user id, username, display name or email",
        Required = true,
    };

    public static Option<string?> In() => new("--in")
    {
        Description = "Show the result in this conversation (#name, name or id); its members become the audience",
    };

    public static Option<bool> Json() => new("--json") { Description = "Print JSON" };

    public static Option<string?> Now() => new("--now")
    {
        Description = "Read relative dates (\"last week\") against this time (ISO-8601) instead of the newest message",
    };

    public static DateTimeOffset? ParseNow(string? value) => ParseTime("--now", value);

    public static DateTimeOffset? ParseTime(string option, string? value)
    {
        if (value is null)
        {
            return null;
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time
            : throw new MosaicException($"{option}: cannot read \"{value}\" as a date and time; use ISO-8601 like 2025-11-28 or 2025-11-28T17:00:00Z.");
    }
}
