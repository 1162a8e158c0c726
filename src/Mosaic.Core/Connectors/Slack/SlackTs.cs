using System.Globalization;

namespace Mosaic.Connectors.Slack;

/// Slack message timestamps ("1757412345.000100"): seconds since the epoch, in UTC, unique per conversation.
public static class SlackTs
{
    public static bool TryParse(string? ts, out DateTimeOffset time)
    {
        time = default;
        if (string.IsNullOrEmpty(ts) || ts.Length > 24)
        {
            return false;
        }

        var dot = ts.IndexOf('.', StringComparison.Ordinal);
        var whole = dot < 0 ? ts : ts[..dot];
        var fraction = dot < 0 ? "" : ts[(dot + 1)..];
        if (whole.Length is 0 or > 12 || !whole.All(char.IsAsciiDigit) || !fraction.All(char.IsAsciiDigit) || fraction.Length > 6)
        {
            return false;
        }

        var micros = long.Parse(whole, CultureInfo.InvariantCulture) * 1_000_000
            + (fraction.Length == 0 ? 0 : long.Parse(fraction.PadRight(6, '0'), CultureInfo.InvariantCulture));
        time = Domain.Time.FromMicros(micros, 0);
        return true;
    }

    public static DateTimeOffset FromUnixSeconds(long seconds) => DateTimeOffset.FromUnixTimeSeconds(seconds);
}
