using System.Text.RegularExpressions;

namespace Mosaic.Retrieval;

/// Reads Slack's search modifiers (from:@maya, in:#dev, before:, after:, on:, during:) and plain-language
/// time expressions out of a query; what remains gives the search terms. Modifiers filter; plain words prefer.
public static partial class QueryParser
{
    public static ParsedQuery Parse(string query, DateTimeOffset now, TimeZoneInfo zone)
    {
        string? author = null;
        string? conversation = null;
        TimeRange? time = null;
        var rest = Modifier().Replace(query, match =>
        {
            var value = match.Groups["value"].Value.Trim('"');
            switch (match.Groups["key"].Value.ToLowerInvariant())
            {
                case "from":
                    author = value.TrimStart('@');
                    break;
                case "in":
                    conversation = value;
                    break;
                default:
                    var range = ModifierRange(match.Groups["key"].Value.ToLowerInvariant(), value, now, zone)
                        ?? throw new MosaicException($"Cannot read the time in \"{match.Value}\"; use a date like 2025-10-03, a month, or a year.");
                    time = time is null ? range : time.Intersect(range);
                    break;
            }

            return " ";
        });

        // "in #incidents" in plain words names a conversation as surely as in:#incidents does.
        rest = InChannel().Replace(rest, match =>
        {
            conversation ??= match.Groups["name"].Value;
            return " ";
        });

        var (remaining, expression) = TimeExpressions.Extract(rest, now, zone);
        return new ParsedQuery(remaining.Trim(), Terms.Of(remaining), author, conversation, time, expression);
    }

    private static TimeRange? ModifierRange(string key, string value, DateTimeOffset now, TimeZoneInfo zone)
    {
        var period = TimeExpressions.Period(value, now, zone);
        return period is null ? null : key switch
        {
            "before" => new TimeRange(null, period.From, key + ":" + value),
            "after" => new TimeRange(period.Until, null, key + ":" + value),
            _ => period with { Description = key + ":" + value },
        };
    }

    [GeneratedRegex(@"\b(?:in|from)\s+(?<name>#[\w\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex InChannel();

    [GeneratedRegex(@"(?<![\w@])(?<key>from|in|before|after|on|during):(?<value>""[^""]*""|\S+)", RegexOptions.IgnoreCase)]
    private static partial Regex Modifier();
}
