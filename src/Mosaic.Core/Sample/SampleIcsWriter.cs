using System.Globalization;
using System.Text;

namespace Mosaic.Sample;

/// Writes a calendar as RFC 5545 iCalendar: CRLF line endings, lines folded at 75 octets, TEXT values
/// escaped, and a VTIMEZONE for every TZID the events use so readers need no tz database of their own.
internal static class SampleIcsWriter
{
    // Every VEVENT carries the same DTSTAMP: the moment the sample calendar was "exported".
    private const string Stamp = "20251201T000000Z";

    private static readonly Dictionary<string, string[]> TimeZones = new(StringComparer.Ordinal)
    {
        [SampleZones.Berlin] =
        [
            "BEGIN:VTIMEZONE", "TZID:Europe/Berlin",
            "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
            "END:VTIMEZONE",
        ],
        [SampleZones.Kolkata] =
        [
            "BEGIN:VTIMEZONE", "TZID:Asia/Kolkata",
            "BEGIN:STANDARD", "TZOFFSETFROM:+0530", "TZOFFSETTO:+0530", "TZNAME:IST", "DTSTART:19700101T000000", "END:STANDARD",
            "END:VTIMEZONE",
        ],
    };

    public static byte[] Write(SamplePerson owner, IEnumerable<SampleEvent> events)
    {
        var list = events.ToList();
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Harbor//Mosaic sample workspace//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            $"X-WR-CALNAME:{Text(owner.RealName)}",
            $"X-WR-TIMEZONE:{owner.TimeZone}",
        };
        foreach (var zone in list.Where(e => !e.AllDay).Select(e => e.Zone).Prepend(owner.TimeZone).Distinct(StringComparer.Ordinal))
        {
            lines.AddRange(TimeZones[zone]);
        }
        foreach (var e in list)
        {
            Event(lines, e);
        }
        lines.Add("END:VCALENDAR");

        var ics = new StringBuilder();
        foreach (var line in lines)
        {
            Fold(ics, line);
        }
        return Encoding.UTF8.GetBytes(ics.ToString());
    }

    private static void Event(List<string> lines, SampleEvent e)
    {
        lines.Add("BEGIN:VEVENT");
        lines.Add($"UID:{e.Uid}");
        lines.Add($"DTSTAMP:{Stamp}");
        if (e.AllDay)
        {
            lines.Add(Invariant($"DTSTART;VALUE=DATE:{e.Start:yyyyMMdd}"));
            lines.Add(Invariant($"DTEND;VALUE=DATE:{e.End:yyyyMMdd}"));
        }
        else
        {
            lines.Add(Invariant($"DTSTART;TZID={e.Zone}:{e.Start:yyyyMMdd'T'HHmmss}"));
            lines.Add(Invariant($"DTEND;TZID={e.Zone}:{e.End:yyyyMMdd'T'HHmmss}"));
        }
        if (e.Recurrence is { } rule)
        {
            var day = e.Start.DayOfWeek.ToString()[..2].ToUpperInvariant();
            var limit = rule.Count is { } count ? Invariant($"COUNT={count}") : Invariant($"UNTIL={rule.UntilUtc:yyyyMMdd'T'HHmmss'Z'}");
            lines.Add($"RRULE:FREQ=WEEKLY;BYDAY={day};{limit}");
            foreach (var except in rule.Except)
            {
                lines.Add(Invariant($"EXDATE;TZID={e.Zone}:{except:yyyyMMdd'T'HHmmss}"));
            }
        }
        lines.Add($"SUMMARY:{Text(e.Summary)}");
        if (e.Location is { } location)
        {
            lines.Add($"LOCATION:{Text(location)}");
        }
        if (e.Description is { } description)
        {
            lines.Add($"DESCRIPTION:{Text(description)}");
        }
        lines.Add($"CLASS:{(e.Private ? "PRIVATE" : "PUBLIC")}");
        lines.Add("STATUS:CONFIRMED");
        lines.Add($"TRANSP:{(e.AllDay ? "TRANSPARENT" : "OPAQUE")}");
        if (e.Organizer is { } organizer)
        {
            lines.Add($"ORGANIZER;CN={Param(organizer.Name)}:mailto:{organizer.Email}");
        }
        foreach (var attendee in e.Attendees)
        {
            lines.Add($"ATTENDEE;CN={Param(attendee.Name)};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{attendee.Email}");
        }
        lines.Add("END:VEVENT");
    }

    /// RFC 5545 TEXT: backslash, semicolon, comma and newline are escaped.
    private static string Text(string value) => value
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal);

    private static string Param(string value) => value.IndexOfAny([':', ';', ',']) < 0 ? value : $"\"{value}\"";

    /// Folds at 75 octets without splitting a UTF-8 sequence; continuation lines start with a space.
    private static void Fold(StringBuilder ics, string line)
    {
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > 75)
            {
                ics.Append("\r\n ");
                octets = 1;
            }
            ics.Append(rune.ToString());
            octets += size;
        }
        ics.Append("\r\n");
    }

    private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
}
