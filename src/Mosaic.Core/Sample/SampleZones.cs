namespace Mosaic.Sample;

/// UTC offsets for the zones the personal sources use, between August 2025 and February 2026 only. Fixed
/// rules rather than the machine's tz database, so the files and their ids are the same on every OS.
internal static class SampleZones
{
    public const string Berlin = "Europe/Berlin";
    public const string London = "Europe/London";
    public const string NewYork = "America/New_York";
    public const string Kolkata = "Asia/Kolkata";

    private static readonly DateTime First = new(2025, 8, 1);
    private static readonly DateTime Last = new(2026, 3, 1);

    public static TimeSpan OffsetAt(string zone, DateTime local)
    {
        if (local < First || local >= Last)
        {
            throw new ArgumentOutOfRangeException(nameof(local), local, "The sample zones only know August 2025 to February 2026.");
        }
        return zone switch
        {
            // Europe left summer time on October 26 and the US on November 2, 2025.
            Berlin => TimeSpan.FromHours(local < new DateTime(2025, 10, 26, 3, 0, 0) ? 2 : 1),
            London => TimeSpan.FromHours(local < new DateTime(2025, 10, 26, 2, 0, 0) ? 1 : 0),
            NewYork => TimeSpan.FromHours(local < new DateTime(2025, 11, 2, 2, 0, 0) ? -4 : -5),
            Kolkata => new TimeSpan(5, 30, 0),
            _ => throw new ArgumentException($"Unknown sample zone {zone}.", nameof(zone)),
        };
    }

    /// A wall-clock moment in 2025 in the zone.
    public static DateTimeOffset At(string zone, int month, int day, int hour, int minute) =>
        AtDate(zone, new DateTime(2025, month, day, hour, minute, 0));

    public static DateTimeOffset AtDate(string zone, DateTime local) => new(local, OffsetAt(zone, local));
}
