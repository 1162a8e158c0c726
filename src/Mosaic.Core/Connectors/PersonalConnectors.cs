using Mosaic.Connectors.Calendar;
using Mosaic.Connectors.Email;
using Mosaic.Connectors.Notes;

namespace Mosaic.Connectors;

/// The personal connector for a kind of source. Calendars expand recurring events over a bounded window:
/// by default three years back and one year ahead of now.
public static class PersonalConnectors
{
    public static IReadOnlyList<string> Kinds { get; } = ["mail", "calendar", "notes"];

    public static IPersonalConnector For(string kind, DateTimeOffset? windowStart = null, DateTimeOffset? windowEnd = null) => kind switch
    {
        "mail" => new MailConnector(),
        "calendar" => Calendar(windowStart, windowEnd),
        "notes" => new NotesConnector(),
        _ => throw new MosaicException($"Unknown kind of personal source \"{kind}\"; use one of {string.Join(", ", Kinds)}."),
    };

    private static CalendarConnector Calendar(DateTimeOffset? start, DateTimeOffset? end)
    {
        var now = DateTimeOffset.UtcNow;
        var from = start ?? now.AddYears(-3);
        var until = end ?? now.AddYears(1);
        return until > from
            ? new CalendarConnector(from, until)
            : throw new MosaicException($"The calendar window must end after it starts ({Domain.Time.Iso(from)} to {Domain.Time.Iso(until)}).");
    }
}
