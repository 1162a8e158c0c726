using System.Globalization;

namespace Mosaic.Sample;

/// One VEVENT in someone's calendar. Start and End are wall-clock times in Zone (End exclusive); for an
/// all-day event they are dates and Zone is ignored. A recurring event is no item itself: each occurrence is.
internal sealed record SampleEvent(SamplePerson Owner, string Uid, string Summary, DateTime Start, DateTime End, string Zone) : ISampleItem
{
    public string? Location { get; init; }

    public string? Description { get; init; }

    public bool AllDay { get; init; }

    /// CLASS:PRIVATE, the way calendars mark appointments others should only see as busy.
    public bool Private { get; init; }

    public SampleMailAddress? Organizer { get; init; }

    public IReadOnlyList<SampleMailAddress> Attendees { get; init; } = [];

    public SampleWeekly? Recurrence { get; init; }

    public string ItemId => Recurrence is null
        ? $"{SamplePersonalKind.Calendar}:{Owner.Id}/{Uid}"
        : throw new InvalidOperationException($"{Uid} recurs; ground truth must name one of its occurrences.");

    public DateTime ToUtc(DateTime local) => new DateTimeOffset(local, SampleZones.OffsetAt(Zone, local)).UtcDateTime;

    /// Occurrence starts in wall-clock time, in order, with the exceptions left out.
    public IReadOnlyList<DateTime> Starts()
    {
        if (Recurrence is not { } rule)
        {
            return [Start];
        }
        if (AllDay || (rule.Count is null) == (rule.UntilUtc is null))
        {
            throw new InvalidOperationException($"{Uid}: a sample recurrence is timed and has exactly one of COUNT and UNTIL.");
        }
        var starts = new List<DateTime>();
        for (var week = 0; week < rule.Count.GetValueOrDefault(int.MaxValue); week++)
        {
            var start = Start.AddDays(7 * week);
            if (rule.UntilUtc is { } until && ToUtc(start) > until)
            {
                break;
            }
            if (!rule.Except.Contains(start))
            {
                starts.Add(start);
            }
        }
        return starts;
    }

    /// The item for the occurrence that starts at this wall-clock time; throws if the rule has no such occurrence.
    public SamplePersonalItem Occurrence(DateTime localStart)
    {
        if (Recurrence is null || !Starts().Contains(localStart))
        {
            throw new InvalidOperationException($"{Uid} has no occurrence at {localStart:s}.");
        }
        return Item(string.Create(CultureInfo.InvariantCulture, $"{SamplePersonalKind.Calendar}:{Owner.Id}/{Uid}/{ToUtc(localStart):yyyyMMdd'T'HHmmss'Z'}"));
    }

    public IEnumerable<SamplePersonalItem> Items() => Recurrence is null
        ? [Item(ItemId)]
        : Starts().Select(Occurrence);

    private SamplePersonalItem Item(string id) => new(
        id,
        Owner,
        SamplePersonalKind.Calendar,
        string.Join("\n", new[] { Summary, Location, Description }.OfType<string>()));
}
