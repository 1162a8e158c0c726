using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;

namespace Mosaic.Connectors.Calendar;

/// Turns an event's times into instants with their own offset: a TZID through Ical.Net's time zone database,
/// floating times as UTC, dates as midnight UTC. A TZID the database does not know is honoured through the
/// file's VTIMEZONE: the event is rewritten to floating wall-clock times (so Ical.Net can expand it without
/// resolving the zone) and each time gets the VTIMEZONE's offset back here.
internal sealed class EventClock
{
    private readonly Func<DateTime, TimeSpan>? _floatingOffset;

    private EventClock(string zone, Func<DateTime, TimeSpan>? floatingOffset)
    {
        Zone = zone;
        _floatingOffset = floatingOffset;
    }

    /// The zone a reader is shown: the TZID, or UTC for UTC and floating times.
    public string Zone { get; }

    /// Prepares the event (see the class comment) and says, in warning, if its zone had to be guessed.
    public static EventClock For(CalendarEvent ev, Func<string, VTimeZoneRules?> defined, Func<string, bool> known, out string? warning)
    {
        warning = null;
        var tzId = ev.DtStart is { HasTime: true, IsUtc: false, TzId: { } id } ? id : null;
        if (tzId is null || known(tzId))
        {
            return new EventClock(tzId ?? "UTC", null);
        }

        Func<DateTime, TimeSpan> offset;
        if (defined(tzId) is { } rules)
        {
            offset = rules.OffsetAt;
        }
        else
        {
            offset = _ => TimeSpan.Zero;
            warning = $"its time zone '{tzId}' is neither a known zone nor defined in a VTIMEZONE of the file; its times were read as UTC";
        }

        ToFloating(ev, tzId, offset);
        return new EventClock(tzId, offset);
    }

    public DateTimeOffset At(CalDateTime t)
    {
        if (!t.HasTime)
        {
            return new DateTimeOffset(t.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        }

        if (t.IsFloating)
        {
            var wall = DateTime.SpecifyKind(t.Value, DateTimeKind.Unspecified);
            return new DateTimeOffset(wall, _floatingOffset?.Invoke(wall) ?? TimeSpan.Zero);
        }

        if (t.IsUtc)
        {
            return new DateTimeOffset(DateTime.SpecifyKind(t.Value, DateTimeKind.Unspecified), TimeSpan.Zero);
        }

        var local = DateTime.SpecifyKind(t.Value, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, local - DateTime.SpecifyKind(t.AsUtc, DateTimeKind.Unspecified));
    }

    private static void ToFloating(CalendarEvent ev, string tzId, Func<DateTime, TimeSpan> offset)
    {
        CalDateTime Float(CalDateTime t) => t.HasTime && t.TzId == tzId ? new CalDateTime(t.Date, t.Time, null) : t;

        ev.DtStart = Float(ev.DtStart!);
        if (ev.DtEnd is { } end)
        {
            ev.DtEnd = Float(end);
        }

        if (ev.RecurrenceIdentifier is { } recurrence)
        {
            ev.RecurrenceIdentifier = new RecurrenceIdentifier(Float(recurrence.StartTime), recurrence.Range);
        }

        var exceptions = ev.ExceptionDates.GetAllDates().ToList();
        if (exceptions.Any(d => d.TzId == tzId))
        {
            ev.ExceptionDates.Clear();
            ev.ExceptionDates.AddRange(exceptions.Select(Float));
        }

        var extra = ev.RecurrenceDates.GetAllDates().ToList();
        if (extra.Any(d => d.TzId == tzId))
        {
            var periods = ev.RecurrenceDates.GetAllPeriods().ToList();
            ev.RecurrenceDates.Clear();
            ev.RecurrenceDates.AddRange(extra.Select(Float));
            ev.RecurrenceDates.AddRange(periods);
        }

        // UNTIL is UTC when DTSTART has a zone; against floating times it must be wall-clock time too.
        if (ev.RecurrenceRule is { Until: { IsUtc: true, HasTime: true } until } rule)
        {
            var utc = DateTime.SpecifyKind(until.Value, DateTimeKind.Unspecified);
            var wall = utc + offset(utc);
            rule.Until = new CalDateTime(DateOnly.FromDateTime(wall), TimeOnly.FromDateTime(wall), null);
        }
    }
}
