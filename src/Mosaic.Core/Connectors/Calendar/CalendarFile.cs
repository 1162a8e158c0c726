using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Evaluation;
using Mosaic.Ingestion;

namespace Mosaic.Connectors.Calendar;

/// Turns the VEVENTs of one .ics file into items: a plain event is one item, a recurring one an item per
/// occurrence in the window. A bad event is skipped with an error naming it; the rest of the file is kept.
internal sealed partial class CalendarFile(string file, string source, DateTimeOffset windowStart, DateTimeOffset windowEnd, int maxPerSeries)
{
    /// Ical.Net walks a rule from DTSTART even when asked to start later; a rule needing more steps than
    /// this to get through the window (every second since 1990) is refused rather than left to run for hours.
    public const long MaxRuleSteps = 500_000;

    private static readonly EvaluationOptions Evaluation = new() { MaxUnmatchedIncrementsLimit = 100_000 };

    private readonly Dictionary<string, bool> _known = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly Lazy<HashSet<string>> _uidsInSource = new(() =>
        UidLine().Matches(Unfolded().Replace(source, "")).Select(m => m.Groups[1].Value.Trim()).ToHashSet(StringComparer.Ordinal));

    public List<SourceItem> Items { get; } = [];

    public List<ImportProblem> Problems { get; } = [];

    public void Read(Ical.Net.Calendar calendar)
    {
        var defined = new Dictionary<string, VTimeZoneRules?>(StringComparer.Ordinal);
        VTimeZoneRules? Defined(string tzId)
        {
            if (!defined.TryGetValue(tzId, out var rules))
            {
                var zone = calendar.TimeZones.FirstOrDefault(z => z.TzId == tzId);
                defined[tzId] = rules = zone is null ? null : new VTimeZoneRules(zone);
            }

            return rules;
        }

        var clocks = new Dictionary<CalendarEvent, EventClock>(ReferenceEqualityComparer.Instance);
        EventClock ClockOf(CalendarEvent ev)
        {
            if (!clocks.TryGetValue(ev, out var clock))
            {
                clocks[ev] = clock = EventClock.For(ev, Defined, IsKnownZone, out var warning);
                if (warning is not null)
                {
                    Warn(ev, warning);
                }
            }

            return clock;
        }

        var events = calendar.Events.ToList();
        var series = events
            .Where(e => e.RecurrenceIdentifier is null && e.DtStart is not null && IsRecurring(e) && UidOf(e) is not null)
            .Select(e => UidOf(e)!)
            .ToHashSet(StringComparer.Ordinal);
        var overrides = events
            .Where(e => e.RecurrenceIdentifier is not null && UidOf(e) is { } uid && series.Contains(uid))
            .ToLookup(e => UidOf(e)!, StringComparer.Ordinal);

        foreach (var ev in events)
        {
            try
            {
                if (ev.DtStart is null)
                {
                    Error(ev, "has no DTSTART (or one that is not a date); skipped");
                }
                else if (ev.RecurrenceIdentifier is not null && overrides.Contains(UidOf(ev) ?? ""))
                {
                    // Read with its series, where it replaces the occurrence it names.
                }
                else if (ev.RecurrenceIdentifier is not null || IsRecurring(ev))
                {
                    ReadSeries(ev, overrides[UidOf(ev) ?? ""].ToList(), ClockOf);
                }
                else
                {
                    var clock = ClockOf(ev);
                    Add(ev, clock, IdOf(ev, clock), ev.DtStart, ev.End);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Error(ev, $"could not be read ({e.Message}); skipped");
            }
        }
    }

    private static bool IsCancelled(CalendarEvent ev) => string.Equals(ev.Status, "CANCELLED", StringComparison.OrdinalIgnoreCase);

    private static bool IsRecurring(CalendarEvent ev) =>
        ev.RecurrenceRule is not null || ev.RecurrenceDates.GetAllDates().Any() || ev.RecurrenceDates.GetAllPeriods().Any();

    private bool IsKnownZone(string tzId)
    {
        if (!_known.TryGetValue(tzId, out var known))
        {
            try
            {
                known = TimeZoneResolvers.TimeZoneResolver(tzId) is not null;
            }
            catch (ArgumentException)
            {
                known = false;
            }

            _known[tzId] = known;
        }

        return known;
    }

    private void ReadSeries(CalendarEvent master, List<CalendarEvent> overrides, Func<CalendarEvent, EventClock> clockOf)
    {
        var clock = clockOf(master);
        var uid = IdOf(master, clock);
        if (master.RecurrenceIdentifier is not null)
        {
            // An override whose series is not in the file: one occurrence, known by the instance it replaces.
            var start = clock.At(master.DtStart!);
            if (start >= windowStart && start < windowEnd)
            {
                Add(master, clock, OccurrenceId(uid, clock.At(master.RecurrenceIdentifier.StartTime)), master.DtStart!, master.End, uid);
            }

            return;
        }

        if (StepsThroughWindow(master, clock) is { } steps && steps > MaxRuleSteps)
        {
            Error(master, $"recurs too often to expand ({master.RecurrenceRule}: about {Units.Count(steps)} steps from its start to the window's end); skipped");
            return;
        }

        var replaced = new HashSet<DateTimeOffset>();
        var found = new List<(DateTimeOffset Start, CalendarEvent Source, EventClock Clock, DateTimeOffset Key, CalDateTime StartTime, CalDateTime? EndTime)>();

        // An override without DTSTART was reported on its own; the occurrence it meant to change stays as it was.
        foreach (var o in overrides.Where(o => o.DtStart is not null))
        {
            var oc = clockOf(o);
            var key = oc.At(o.RecurrenceIdentifier!.StartTime);
            replaced.Add(key);
            if (IsCancelled(o))
            {
                continue;
            }

            var start = oc.At(o.DtStart!);
            if (start >= windowStart && start < windowEnd)
            {
                found.Add((start, o, oc, key, o.DtStart!, o.End));
            }
        }

        // GetOccurrences is lazy and unbounded; it is asked from a little before the window (it returns
        // occurrences that overlap its start) and cut at the window's end and one past the cap.
        var from = new CalDateTime(windowStart.UtcDateTime.AddDays(-2), CalDateTime.UtcTzId);
        var to = new CalDateTime(windowEnd.UtcDateTime.AddDays(2), CalDateTime.UtcTzId);
        var taken = 0;
        foreach (var occurrence in master.GetOccurrences(from, Evaluation).TakeWhileBefore(to))
        {
            var start = clock.At(occurrence.Period.StartTime);
            if (start < windowStart || start >= windowEnd || replaced.Contains(start))
            {
                continue;
            }

            found.Add((start, master, clock, start, occurrence.Period.StartTime, occurrence.Period.EffectiveEndTime));
            if (++taken > maxPerSeries)
            {
                break;
            }
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        if (found.Count > maxPerSeries)
        {
            Warn(master, $"has more than {maxPerSeries} occurrences in the window; only the first {maxPerSeries} were kept");
            found.RemoveRange(maxPerSeries, found.Count - maxPerSeries);
        }

        foreach (var o in found)
        {
            Add(o.Source, o.Clock, OccurrenceId(uid, o.Key), o.StartTime, o.EndTime, uid);
        }
    }

    private long? StepsThroughWindow(CalendarEvent ev, EventClock clock)
    {
        if (ev.RecurrenceRule is not { } rule)
        {
            return null;
        }

        var unit = rule.Frequency switch
        {
            FrequencyType.Secondly => 1L,
            FrequencyType.Minutely => 60L,
            FrequencyType.Hourly => 3_600L,
            FrequencyType.Daily => 86_400L,
            FrequencyType.Weekly => 604_800L,
            FrequencyType.Monthly => 2_419_200L,
            _ => 31_536_000L,
        };
        var end = rule.Until is { } until && clock.At(until) < windowEnd ? clock.At(until) : windowEnd;
        var span = (end - clock.At(ev.DtStart!)).TotalSeconds;
        var steps = span <= 0 ? 0 : (long)(span / (unit * Math.Max(1, rule.Interval)));
        return rule.Count is { } count ? Math.Min(steps, count) : steps;
    }

    // Ical.Net gives an event without a UID a fresh GUID on load, which would change on every import;
    // a UID that does not occur in the file's text is one of those.
    private string? UidOf(CalendarEvent ev) =>
        string.IsNullOrWhiteSpace(ev.Uid) || !_uidsInSource.Value.Contains(ev.Uid.Trim()) ? null : ev.Uid.Trim();

    private string IdOf(CalendarEvent ev, EventClock clock)
    {
        if (UidOf(ev) is { } uid)
        {
            return uid;
        }

        var start = clock.At(ev.DtStart!).ToString("O", CultureInfo.InvariantCulture);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{ev.Summary}\n{start}"));
        Warn(ev, "has no UID; its id was derived from its summary and start");
        return "sha256-" + Convert.ToHexStringLower(hash)[..16];
    }

    private static string OccurrenceId(string uid, DateTimeOffset start) =>
        uid + "/" + start.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private void Add(CalendarEvent ev, EventClock clock, string nativeId, CalDateTime start, CalDateTime? end, string? uid = null)
    {
        uid ??= nativeId;
        if (!_ids.Add(nativeId))
        {
            Warn(ev, $"{nativeId} appears more than once in the file; only the first was kept");
            return;
        }

        var title = string.IsNullOrWhiteSpace(ev.Summary) ? "(no title)" : ev.Summary.Trim();
        var organizer = ev.Organizer is { } o ? Address(o.CommonName, o.Value, "organizer") : null;
        var attendees = ev.Attendees
            .Select(a => Address(a.CommonName, a.Value, "attendee"))
            .OfType<SourceAddress>()
            .ToList();

        var text = new StringBuilder(title).Append('\n');
        text.Append("When: ").Append(When(clock, start, end)).Append('\n');
        AppendLine(text, "Status", IsCancelled(ev) ? "cancelled" : null);
        AppendLine(text, "Where", ev.Location?.Trim());
        AppendLine(text, "Organizer", organizer is null ? null : Show(organizer));
        AppendLine(text, "Attendees", attendees.Count == 0 ? null : string.Join(", ", attendees.Select(Show)));
        if (!string.IsNullOrWhiteSpace(ev.Description))
        {
            text.Append('\n').Append(ev.Description.ReplaceLineEndings("\n").Trim());
        }

        Items.Add(new SourceItem(nativeId, uid, clock.At(start), uid, title, text.ToString().TrimEnd(), organizer, attendees, []));
    }

    private static string When(EventClock clock, CalDateTime start, CalDateTime? end)
    {
        var inv = CultureInfo.InvariantCulture;
        if (!start.HasTime)
        {
            var last = end is { HasTime: false } e && e.Date > start.Date.AddDays(1) ? e.Date.AddDays(-1) : start.Date;
            return last == start.Date
                ? string.Create(inv, $"{start.Date:yyyy-MM-dd} (all day)")
                : string.Create(inv, $"{start.Date:yyyy-MM-dd}–{last:yyyy-MM-dd} (all day)");
        }

        var from = clock.At(start);
        var shown = string.Create(inv, $"{from:yyyy-MM-dd HH:mm}");
        if (end is { HasTime: true } && clock.At(end) is var to && to > from)
        {
            var wall = end.TzId == start.TzId ? to.DateTime : to.ToOffset(from.Offset).DateTime;
            shown += wall.Date == from.Date ? string.Create(inv, $"–{wall:HH:mm}") : string.Create(inv, $"–{wall:yyyy-MM-dd HH:mm}");
        }

        return $"{shown} ({clock.Zone})";
    }

    private static void AppendLine(StringBuilder text, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            text.Append(label).Append(": ").Append(value).Append('\n');
        }
    }

    private static SourceAddress? Address(string? name, Uri? value, string role)
    {
        var raw = value?.OriginalString.Trim();
        var email = raw is not null && raw.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? raw[7..] : null;
        name = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
        return name is null && string.IsNullOrEmpty(email) ? null : new SourceAddress(name, string.IsNullOrEmpty(email) ? null : email, role);
    }

    private static string Show(SourceAddress a) => (a.Name, a.Email) switch
    {
        ({ } n, { } e) => $"{n} <{e}>",
        (null, { } e) => e,
        ({ } n, null) => n,
        _ => "",
    };

    private string PlaceOf(CalendarEvent ev) =>
        UidOf(ev) is { } uid ? $"event {uid}"
        : !string.IsNullOrWhiteSpace(ev.Summary) ? $"event '{ev.Summary.Trim()}'"
        : "event without UID or SUMMARY";

    private void Error(CalendarEvent ev, string message) => Problems.Add(new ImportProblem(file, PlaceOf(ev), message));

    private void Warn(CalendarEvent ev, string message) => Problems.Add(new ImportProblem(file, PlaceOf(ev), message, IsError: false));

    [GeneratedRegex(@"\r?\n[ \t]")]
    private static partial Regex Unfolded();

    [GeneratedRegex(@"^UID(?:;[^:\r\n]*)?:([^\r\n]*)", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex UidLine();
}
