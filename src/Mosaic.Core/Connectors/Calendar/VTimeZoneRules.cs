using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Evaluation;

namespace Mosaic.Connectors.Calendar;

/// The UTC offsets a VTIMEZONE defines, for a TZID that no time zone database knows (Outlook's "Customized
/// Time Zone" and the like): each STANDARD/DAYLIGHT onset, expanded with Ical.Net, switches to its TZOFFSETTO.
internal sealed class VTimeZoneRules
{
    // Observance rules are yearly in practice; these bounds only stop a hostile rule from running away.
    private const int MaxOnsetsPerObservance = 2_000;
    private static readonly CalDateTime Horizon = new(2200, 1, 1);

    private readonly List<(DateTime Onset, TimeSpan Offset)> _onsets = [];
    private readonly TimeSpan _before;

    public VTimeZoneRules(VTimeZone zone)
    {
        var options = new EvaluationOptions { MaxUnmatchedIncrementsLimit = 10_000 };
        DateTime? earliest = null;
        foreach (var observance in zone.TimeZoneInfos)
        {
            if (observance.DtStart is not { } start || observance.OffsetTo is not { } to)
            {
                continue;
            }

            if (earliest is null || start.Value < earliest)
            {
                earliest = start.Value;
                _before = observance.OffsetFrom?.Offset ?? to.Offset;
            }

            if (observance.RecurrenceRule is null && !observance.RecurrenceDates.GetAllDates().Any())
            {
                _onsets.Add((start.Value, to.Offset));
                continue;
            }

            foreach (var onset in observance.GetOccurrences(start, options).TakeWhileBefore(Horizon).Take(MaxOnsetsPerObservance))
            {
                _onsets.Add((onset.Period.StartTime.Value, to.Offset));
            }
        }

        _onsets.Sort((a, b) => a.Onset.CompareTo(b.Onset));
    }

    /// The offset in force at a wall-clock time of this zone.
    public TimeSpan OffsetAt(DateTime wall)
    {
        var (lo, hi) = (0, _onsets.Count - 1);
        var found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (_onsets[mid].Onset <= wall)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found < 0 ? _before : _onsets[found].Offset;
    }
}
