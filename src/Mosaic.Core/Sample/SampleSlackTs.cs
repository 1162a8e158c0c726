using System.Globalization;

namespace Mosaic.Sample;

/// Slack message timestamps: unix seconds with exactly six decimals, e.g. "1757412345.000100".
internal static class SampleSlackTs
{
    public static long ToMicros(DateTimeOffset at) => (at.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;

    public static string FromMicros(long micros) =>
        string.Create(CultureInfo.InvariantCulture, $"{micros / 1_000_000}.{micros % 1_000_000:D6}");

    /// Whole seconds, the way Slack writes edit times.
    public static string Seconds(DateTimeOffset at) => FromMicros(ToMicros(at) / 1_000_000 * 1_000_000);
}
