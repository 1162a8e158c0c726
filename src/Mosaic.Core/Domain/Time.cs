using System.Globalization;

namespace Mosaic.Domain;

/// How times are stored (unix microseconds, UTC, with the source's offset kept beside them) and shown (ISO-8601).
public static class Time
{
    public static long ToMicros(DateTimeOffset time) => (time.UtcTicks - DateTime.UnixEpoch.Ticks) / 10;

    public static DateTimeOffset FromMicros(long micros, int offsetMinutes) =>
        new DateTimeOffset(DateTime.UnixEpoch.Ticks + micros * 10, TimeSpan.Zero).ToOffset(TimeSpan.FromMinutes(offsetMinutes));

    /// ISO-8601 to the second: "2025-09-12T14:03:01Z", or with the original offset when it is not UTC.
    public static string Iso(DateTimeOffset time) => time.Offset == TimeSpan.Zero
        ? time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
        : time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
