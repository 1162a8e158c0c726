using System.Globalization;
using System.Text.RegularExpressions;

namespace Mosaic.Retrieval;

/// Finds simple time expressions in a question ("yesterday", "last week", "in September", "3 days ago",
/// "since October", "on Friday", "on 2025-10-03", "tomorrow", "next week", "my next 1:1") and turns them into a
/// time range, resolved against a reference time in the asker's time zone. Weeks start on Monday. A bare "next"
/// or "upcoming" means from now on, soonest first.
public static partial class TimeExpressions
{
    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// The text with the first expression found taken out, and the range it means; the text unchanged and
    /// null when there is none.
    public static (string Remaining, TimeRange? Range) Extract(string text, DateTimeOffset now, TimeZoneInfo zone)
    {
        foreach (var (pattern, resolve) in Patterns)
        {
            var match = pattern.Match(text);
            if (match.Success && resolve(match, now, zone) is { } range)
            {
                var rest = (text[..match.Index] + " " + text[(match.Index + match.Length)..]).Trim();
                return (rest, range);
            }
        }

        return (text, null);
    }

    /// Reads a value of Slack's during:, on:, before: and after: modifiers: a date, a month name, YYYY-MM, a year,
    /// today, yesterday, or a week/month word.
    public static TimeRange? Period(string value, DateTimeOffset now, TimeZoneInfo zone)
    {
        var v = value.Trim().ToLowerInvariant();
        if (DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return Day(day, zone, v);
        }

        if (DateOnly.TryParseExact(v + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return MonthRange(month.Year, month.Month, zone, v);
        }

        if (v.Length == 4 && int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is > 1970 and < 3000)
        {
            return new TimeRange(Start(new DateOnly(year, 1, 1), zone), Start(new DateOnly(year + 1, 1, 1), zone), v);
        }

        if (MonthIndex(v) is { } m)
        {
            return RecentMonth(m, now, zone, v);
        }

        return Extract(v, now, zone).Range;
    }

    private static readonly (Regex Pattern, Func<Match, DateTimeOffset, TimeZoneInfo, TimeRange?> Resolve)[] Patterns =
    [
        (IsoDate(), (m, now, zone) => ResolveIsoDate(m, zone)),
        (Between(), (m, now, zone) => ResolveBetween(m, now, zone)),
        (DayMonth(), (m, now, zone) => ResolveDayMonth(m, now, zone)),
        (MonthDay(), (m, now, zone) => ResolveDayMonth(m, now, zone)),
        (DayWord(), (m, now, zone) => ResolveDayWord(m, now, zone)),
        (RollingWindow(), (m, now, zone) => ResolveRolling(m, now, zone)),
        (Ago(), (m, now, zone) => ResolveAgo(m, now, zone)),
        (CalendarPeriod(), (m, now, zone) => ResolveCalendarPeriod(m, now, zone)),
        (MonthName(), (m, now, zone) => ResolveMonth(m, now, zone)),
        (MonthYear(), (m, now, zone) => ResolveMonth(m, now, zone)),
        (Weekday(), (m, now, zone) => ResolveWeekday(m, now, zone)),
        (Year(), (m, now, zone) => ResolveYear(m, zone)),
        (Upcoming(), (m, now, zone) => new TimeRange(now, null, m.Value.Trim()) { Soonest = true }),
    ];

    private static TimeRange? ResolveIsoDate(Match m, TimeZoneInfo zone)
    {
        if (!DateOnly.TryParseExact(m.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return null;
        }

        return Bounded(m.Groups["prep"].Value, Day(day, zone, m.Value.Trim()));
    }

    /// "1 May, 2022", "May 1st", "the 3rd of March": that day; without a year, the latest such day up to now.
    private static TimeRange? ResolveDayMonth(Match m, DateTimeOffset now, TimeZoneInfo zone) =>
        DateOf(m.Groups["month"].Value, m.Groups["day"].Value, m.Groups["year"].Success ? m.Groups["year"].Value : null, now, zone) is { } day
            ? Bounded(m.Groups["prep"].Value, Day(day, zone, m.Value.Trim()))
            : null;

    /// "between August 11 and August 15 2023", "between March 3 and 9": both days included.
    private static TimeRange? ResolveBetween(Match m, DateTimeOffset now, TimeZoneInfo zone)
    {
        var year = m.Groups["year"].Success ? m.Groups["year"].Value : null;
        var first = DateOf(m.Groups["m1"].Value, m.Groups["d1"].Value, year, now, zone);
        var last = DateOf(m.Groups["m2"].Success ? m.Groups["m2"].Value : m.Groups["m1"].Value, m.Groups["d2"].Value, year, now, zone);
        return first is { } a && last is { } b && b >= a ? new TimeRange(Start(a, zone), Start(b.AddDays(1), zone), m.Value.Trim()) : null;
    }

    private static DateOnly? DateOf(string monthName, string dayText, string? yearText, DateTimeOffset now, TimeZoneInfo zone)
    {
        if (MonthIndex(monthName.ToLowerInvariant()) is not { } month || !int.TryParse(dayText, NumberStyles.None, CultureInfo.InvariantCulture, out var day))
        {
            return null;
        }

        var today = Today(now, zone);
        var year = yearText is null ? today.Year : int.Parse(yearText, CultureInfo.InvariantCulture);
        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        var date = new DateOnly(year, month, day);
        return yearText is null && date > today && day <= DateTime.DaysInMonth(year - 1, month) ? new DateOnly(year - 1, month, day) : date;
    }

    private static TimeRange ResolveDayWord(Match m, DateTimeOffset now, TimeZoneInfo zone)
    {
        var today = Today(now, zone);
        return m.Groups["word"].Value.ToLowerInvariant() switch
        {
            "today" => Day(today, zone, "today"),
            "tomorrow" => Day(today.AddDays(1), zone, "tomorrow"),
            _ => Day(today.AddDays(-1), zone, "yesterday"),
        };
    }

    private static TimeRange ResolveRolling(Match m, DateTimeOffset now, TimeZoneInfo zone)
    {
        var n = Number(m.Groups["n"].Value);
        var unit = m.Groups["unit"].Value.ToLowerInvariant().TrimEnd('s');
        var today = Today(now, zone);
        var from = unit switch
        {
            "day" => today.AddDays(-n + 1),
            "week" => today.AddDays(-7 * n + 1),
            _ => today.AddMonths(-n).AddDays(1),
        };
        return new TimeRange(Start(from, zone), Start(today.AddDays(1), zone), m.Value.Trim());
    }

    private static TimeRange ResolveAgo(Match m, DateTimeOffset now, TimeZoneInfo zone)
    {
        var n = Number(m.Groups["n"].Value);
        var unit = m.Groups["unit"].Value.ToLowerInvariant().TrimEnd('s');
        var today = Today(now, zone);
        return unit switch
        {
            "day" => Day(today.AddDays(-n), zone, m.Value.Trim()),
            "week" => Week(MondayOf(today).AddDays(-7 * n), zone, m.Value.Trim()),
            _ => MonthRange(today.AddMonths(-n).Year, today.AddMonths(-n).Month, zone, m.Value.Trim()),
        };
    }

    private static TimeRange ResolveCalendarPeriod(Match m, DateTimeOffset now, TimeZoneInfo zone)
    {
        var which = m.Groups["which"].Value.ToLowerInvariant();
        var unit = m.Groups["unit"].Value.ToLowerInvariant();
        var today = Today(now, zone);
        var description = m.Value.Trim();
        if (which == "past")
        {
            var days = unit switch { "week" => 7, "month" => 30, _ => 365 };
            return new TimeRange(Start(today.AddDays(-days + 1), zone), Start(today.AddDays(1), zone), description);
        }

        var back = which switch { "this" => 0, "next" => -1, _ => 1 };
        return unit switch
        {
            "week" => Week(MondayOf(today).AddDays(-7 * back), zone, description),
            "month" => MonthRange(today.AddMonths(-back).Year, today.AddMonths(-back).Month, zone, description),
            _ => new TimeRange(Start(new DateOnly(today.Year - back, 1, 1), zone), Start(new DateOnly(today.Year - back + 1, 1, 1), zone), description),
        };
    }

    private static TimeRange? ResolveMonth(Match m, DateTimeOffset now, TimeZoneInfo zone)
    {
        var month = MonthIndex(m.Groups["month"].Value.ToLowerInvariant())!.Value;
        var description = m.Value.Trim();
        var range = m.Groups["year"].Success
            ? MonthRange(int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture), month, zone, description)
            : RecentMonth(month, now, zone, description);
        return Bounded(m.Groups["prep"].Value, range);
    }

    private static TimeRange ResolveWeekday(Match m, DateTimeOffset now, TimeZoneInfo zone)
    {
        var target = Enum.Parse<DayOfWeek>(m.Groups["day"].Value, ignoreCase: true);
        var today = Today(now, zone);
        if (m.Groups["prep"].Value.Equals("next", StringComparison.OrdinalIgnoreCase))
        {
            var ahead = ((int)target - (int)today.DayOfWeek + 7) % 7;
            return Day(today.AddDays(ahead == 0 ? 7 : ahead), zone, m.Value.Trim());
        }

        var back = ((int)today.DayOfWeek - (int)target + 7) % 7;
        if (back == 0 && m.Groups["prep"].Value.Equals("last", StringComparison.OrdinalIgnoreCase))
        {
            back = 7;
        }

        return Day(today.AddDays(-back), zone, m.Value.Trim());
    }

    private static TimeRange ResolveYear(Match m, TimeZoneInfo zone)
    {
        var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
        var range = new TimeRange(Start(new DateOnly(year, 1, 1), zone), Start(new DateOnly(year + 1, 1, 1), zone), m.Value.Trim());
        return Bounded(m.Groups["prep"].Value, range);
    }

    /// "since X" and "after X" run from X (or its end) to open; "before X" runs up to X's start.
    private static TimeRange Bounded(string preposition, TimeRange range) => preposition.ToLowerInvariant() switch
    {
        "since" or "from" => range with { Until = null },
        "after" => new TimeRange(range.Until, null, range.Description),
        "before" => new TimeRange(null, range.From, range.Description),
        _ => range,
    };

    private static TimeRange RecentMonth(int month, DateTimeOffset now, TimeZoneInfo zone, string description)
    {
        var today = Today(now, zone);
        var year = month <= today.Month ? today.Year : today.Year - 1;
        return MonthRange(year, month, zone, description);
    }

    private static TimeRange MonthRange(int year, int month, TimeZoneInfo zone, string description)
    {
        var first = new DateOnly(year, month, 1);
        return new TimeRange(Start(first, zone), Start(first.AddMonths(1), zone), description);
    }

    private static TimeRange Week(DateOnly monday, TimeZoneInfo zone, string description) =>
        new(Start(monday, zone), Start(monday.AddDays(7), zone), description);

    private static TimeRange Day(DateOnly day, TimeZoneInfo zone, string description) =>
        new(Start(day, zone), Start(day.AddDays(1), zone), description);

    private static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    internal static DateOnly Today(DateTimeOffset now, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);

    internal static DateTimeOffset Start(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    internal static int? MonthIndex(string name)
    {
        for (var i = 0; i < Months.Length; i++)
        {
            if (Months[i] == name || (name.Length >= 3 && Months[i].StartsWith(name, StringComparison.Ordinal)))
            {
                return i + 1;
            }
        }

        return null;
    }

    private static int Number(string word) => word.ToLowerInvariant() switch
    {
        "a" or "an" or "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        var digits => Math.Clamp(int.Parse(digits, CultureInfo.InvariantCulture), 0, 3650),
    };

    private const string NumberWord = "(?<n>\\d{1,4}|a|an|one|two|three|four|five|six|seven|eight|nine|ten)";

    private const string Month = "(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";

    private const string Ordinal = "(?:st|nd|rd|th)?";

    [GeneratedRegex(@"\bbetween\s+(?<m1>" + Month + @")\.?\s+(?<d1>\d{1,2})" + Ordinal + @"\s+and\s+(?:(?<m2>" + Month + @")\.?\s+)?(?<d2>\d{1,2})" + Ordinal + @"\b(?:,?\s+(?<year>(?:19|20)\d{2})\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex Between();

    [GeneratedRegex(@"\b(?:(?<prep>on|since|before|after|from)\s+)?(?:the\s+)?(?<day>\d{1,2})" + Ordinal + @"\s+(?:of\s+)?(?<month>" + Month + @")\b\.?(?:,?\s+(?<year>(?:19|20)\d{2})\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"\b(?:(?<prep>on|since|before|after|from)\s+)?(?<month>" + Month + @")\.?\s+(?<day>\d{1,2})" + Ordinal + @"\b(?:,?\s+(?<year>(?:19|20)\d{2})\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b(?<month>" + Month + @")\s+(?<year>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"\b(?:(?<prep>on|since|before|after|from)\s+)?(?<date>\d{4}-\d{2}-\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(?<word>today|yesterday|tomorrow)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayWord();

    [GeneratedRegex(@"\b(?:in\s+|over\s+|during\s+)?(?:the\s+)?(?:last|past)\s+" + NumberWord + @"\s+(?<unit>days?|weeks?|months?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RollingWindow();

    [GeneratedRegex(NumberWord + @"\s+(?<unit>days?|weeks?|months?)\s+ago\b", RegexOptions.IgnoreCase)]
    private static partial Regex Ago();

    [GeneratedRegex(@"\b(?:(?:in|during|over)\s+)?(?:the\s+)?(?<which>this|last|past|previous|next)\s+(?<unit>week|month|year)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CalendarPeriod();

    [GeneratedRegex(@"\b(?<prep>in|of|during|since|before|after|from|early|late|mid)\s+(?:early\s+|late\s+|mid-?)?(?<month>january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b(?:\s+(?<year>\d{4})\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex MonthName();

    [GeneratedRegex(@"\b(?<prep>on|last|this|next)\s+(?<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\b(?<prep>in|during|since|before|after)\s+(?<year>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex Year();

    // "next steps", "next time" and "next to" are not about the calendar.
    [GeneratedRegex(@"\b(?:next|upcoming|coming up)\b(?!\s+(?:steps?|time|to|one)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Upcoming();
}
