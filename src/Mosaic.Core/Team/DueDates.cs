using System.Globalization;
using System.Text.RegularExpressions;
using Mosaic.Retrieval;

namespace Mosaic.Team;

/// When a task is due, from how a message says it ("by Thursday", "by Friday EOD", "by the 3rd", "by end of month",
/// "tomorrow", "next week", "by Nov 30"). Unlike a search's time words, a deadline lies ahead: "Friday" is the coming
/// one, "the 3rd" may be next month's, "Nov 30" next year's. A day means its end in the author's time zone, since
/// "by Thursday" said in Kolkata is over before it is over in Lisbon.
public static partial class DueDates
{
    /// The first deadline in the text: where it starts (so a task can be cut before it) and the instant it means.
    public static (int Index, DateTimeOffset Due)? Find(string text, DateTimeOffset at, TimeZoneInfo zone)
    {
        foreach (Match m in Due().Matches(text))
        {
            if (Day(m, at, zone) is { } day)
            {
                return (m.Index, EndOf(day, zone));
            }
        }

        return null;
    }

    /// The zone a person lives in (an IANA id), else the fixed offset the message was written at.
    public static TimeZoneInfo ZoneOf(string? timeZone, DateTimeOffset at) =>
        timeZone is { Length: > 0 } id && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)
            ? zone
            : TimeZoneInfo.CreateCustomTimeZone(at.Offset.ToString(null, CultureInfo.InvariantCulture), at.Offset, null, null);

    /// The last second of the day where it is, as an instant: storage keeps microseconds, so no fraction is lost.
    private static DateTimeOffset EndOf(DateOnly day, TimeZoneInfo zone) => TimeExpressions.Start(day.AddDays(1), zone).AddSeconds(-1);

    private static DateOnly? Day(Match m, DateTimeOffset at, TimeZoneInfo zone)
    {
        var today = TimeExpressions.Today(at, zone);
        if (m.Groups["word"].Success)
        {
            return m.Groups["word"].Value.ToLowerInvariant() switch
            {
                "tomorrow" => today.AddDays(1),
                "eow" => LastDayOf("this week", at, zone),
                "eom" => LastDayOfMonth(today),
                _ => today,
            };
        }

        if (m.Groups["end"].Success)
        {
            return m.Groups["end"].Value.ToLowerInvariant() switch
            {
                "day" => today,
                "week" => LastDayOf("this week", at, zone),
                "month" => LastDayOfMonth(today),
                _ => new DateOnly(today.Year, 12, 31),
            };
        }

        if (m.Groups["period"].Success)
        {
            // The calendar's weeks and months are the search's; only their last day matters here.
            return LastDayOf($"{m.Groups["period"].Value} {m.Groups["unit"].Value}".ToLowerInvariant(), at, zone);
        }

        if (m.Groups["weekday"].Success)
        {
            var target = WeekdayOf(m.Groups["weekday"].Value);
            var ahead = ((int)target - (int)today.DayOfWeek + 7) % 7;
            return today.AddDays(ahead == 0 && m.Groups["next"].Success ? 7 : ahead);
        }

        if (m.Groups["dom"].Success)
        {
            var dom = int.Parse(m.Groups["dom"].Value, CultureInfo.InvariantCulture);
            for (var month = new DateOnly(today.Year, today.Month, 1); month.Year <= today.Year + 1; month = month.AddMonths(1))
            {
                if (dom <= DateTime.DaysInMonth(month.Year, month.Month) && new DateOnly(month.Year, month.Month, dom) is var d && d >= today)
                {
                    return d;
                }
            }

            return null;
        }

        if (m.Groups["iso"].Success)
        {
            return DateOnly.TryParseExact(m.Groups["iso"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        }

        var monthName = m.Groups["month"].Success ? m.Groups["month"].Value : m.Groups["month2"].Value;
        var dayText = m.Groups["day"].Success ? m.Groups["day"].Value : m.Groups["day2"].Value;
        if (TimeExpressions.MonthIndex(monthName.ToLowerInvariant()) is not { } mi || !int.TryParse(dayText, NumberStyles.None, CultureInfo.InvariantCulture, out var md))
        {
            return null;
        }

        foreach (var year in new[] { today.Year, today.Year + 1 })
        {
            if (md >= 1 && md <= DateTime.DaysInMonth(year, mi) && new DateOnly(year, mi, md) is var d && d >= today)
            {
                return d;
            }
        }

        return null;
    }

    private static DateOnly? LastDayOf(string period, DateTimeOffset at, TimeZoneInfo zone) =>
        TimeExpressions.Extract(period, at, zone).Range?.Until is { } until ? TimeExpressions.Today(until, zone).AddDays(-1) : null;

    private static DateOnly LastDayOfMonth(DateOnly day) => new(day.Year, day.Month, DateTime.DaysInMonth(day.Year, day.Month));

    private static DayOfWeek WeekdayOf(string name) =>
        Enum.GetValues<DayOfWeek>().First(d => d.ToString().StartsWith(name[..3], StringComparison.OrdinalIgnoreCase));

    private const string Month = "(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";

    private const string Ordinal = "(?:st|nd|rd|th)?";

    /// A bare day of the month ("the 3rd") counts only after "by", "before", "until" or "due": "the 3rd test" is no date.
    /// A possessive names a thing, not a deadline: "tonight's run", "Friday's demo"; nor is a span ("December 8-10").
    [GeneratedRegex(
        @"\b(?:(?<prep>by|before|until|till|due|on)\s+)?(?:" +
        @"(?<word>today|tonight|tomorrow|eod|eow|eom)" +
        @"|end\s+of\s+(?:the\s+)?(?<end>day|week|month|year)" +
        @"|(?<period>this|next)\s+(?<unit>week|month)" +
        @"|(?:(?<next>next)\s+)?(?<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun)" +
        @"|(?<iso>\d{4}-\d{2}-\d{2})" +
        @"|(?<month>" + Month + @")\.?\s+(?<day>\d{1,2})" + Ordinal + @"(?!\s?[-–]\s?\d)" +
        @"|(?<day2>\d{1,2})" + Ordinal + @"\s+(?:of\s+)?(?<month2>" + Month + @")" +
        @"|(?<=\b(?:by|before|until|till|due)\s+)the\s+(?<dom>\d{1,2})(?:st|nd|rd|th)" +
        @")\b(?!['’]s\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Due();
}
