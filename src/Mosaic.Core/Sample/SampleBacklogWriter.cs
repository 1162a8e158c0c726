using System.Globalization;
using System.Text;
using CsvHelper;

namespace Mosaic.Sample;

/// One issue of a Jira CSV export, as SampleBacklogWriter writes it.
public sealed record SampleBacklogRow(
    string Key,
    string Summary,
    string Type,
    string Status,
    string? Assignee,
    string Reporter,
    IReadOnlyList<string> Sprints,
    double? StoryPoints,
    string Priority,
    DateTimeOffset Created,
    DateTimeOffset Updated,
    DateTimeOffset? Resolved,
    string Description,
    IReadOnlyList<string> Labels);

/// Writes the Harbor team's backlog as Jira CSV exports next to the Slack export: backlog-2025-10-31.csv, taken
/// mid-way, and backlog.csv at the end of November, so importing both in that order gives items a status history.
/// Every ticket the chat mentions is there (HBR-101 to HBR-260), with the owners, sprints and dates the chat implies;
/// the storyline tickets say what the chat says about them. The same for every seed.
public static class SampleBacklogWriter
{
    public static readonly DateOnly MidSnapshot = new(2025, 10, 31);

    // Jira's own CSV layout: repeated Sprint and Labels columns, its date format, and columns Mosaic does not read.
    private const string JiraDate = "dd/MMM/yy h:mm tt";

    /// Writes the snapshots into directory and returns their paths, oldest first.
    internal static IReadOnlyList<string> Write(SampleTeam team, string directory)
    {
        var paths = new List<string>();
        foreach (var (name, day) in new[] { ("backlog-2025-10-31.csv", MidSnapshot), ("backlog.csv", SampleFiller.LastDay) })
        {
            var path = Path.Combine(directory, name);
            WriteJiraCsv(path, Snapshot(team, day));
            paths.Add(path);
        }

        return paths;
    }

    /// A Jira CSV export of the rows: one Sprint and one Labels column for each of the most any row has, as Jira does.
    public static void WriteJiraCsv(string path, IReadOnlyList<SampleBacklogRow> rows)
    {
        var sprints = Math.Max(1, rows.Max(r => r.Sprints.Count));
        var labels = Math.Max(1, rows.Max(r => r.Labels.Count));
        using var writer = new StreamWriter(path, false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)) { NewLine = "\r\n" };
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        string[] header =
        [
            "Summary", "Issue key", "Issue id", "Issue Type", "Status", "Priority", "Assignee", "Reporter",
            "Created", "Updated", "Resolved", .. Enumerable.Repeat("Sprint", sprints), "Custom field (Story Points)", "Description", .. Enumerable.Repeat("Labels", labels),
        ];
        foreach (var name in header)
        {
            csv.WriteField(name);
        }

        csv.NextRecord();
        var id = 10_000;
        foreach (var row in rows)
        {
            string[] fields =
            [
                row.Summary, row.Key, (++id).ToString(CultureInfo.InvariantCulture), row.Type, row.Status, row.Priority, row.Assignee ?? "", row.Reporter,
                Date(row.Created), Date(row.Updated), row.Resolved is { } r ? Date(r) : "",
                .. Pad(row.Sprints, sprints), row.StoryPoints?.ToString(CultureInfo.InvariantCulture) ?? "", row.Description, .. Pad(row.Labels, labels),
            ];
            foreach (var field in fields)
            {
                csv.WriteField(field);
            }

            csv.NextRecord();
        }
    }

    /// Every ticket's item id and the words it holds whatever its status (summary and description), for checking ground truth.
    internal static Dictionary<string, string> Items(SampleTeam t) =>
        Enumerable.Range(SampleTickets.First, SampleTickets.Last - SampleTickets.First + 1)
            .ToDictionary(n => new SampleBacklogItem(n).ItemId, n => Describe(t, n) is var d ? $"{d.Summary}\n{d.Description}" : "", StringComparer.Ordinal);

    private static IEnumerable<string> Pad(IReadOnlyList<string> values, int count) => values.Concat(Enumerable.Repeat("", count - values.Count));

    private static string Date(DateTimeOffset time) => time.UtcDateTime.ToString(JiraDate, CultureInfo.InvariantCulture);

    /// The backlog as it stood at the end of a day: tickets created by then, in the status they had.
    internal static IReadOnlyList<SampleBacklogRow> Snapshot(SampleTeam t, DateOnly day)
    {
        var end = new DateTimeOffset(day.ToDateTime(new TimeOnly(17, 0)), TimeSpan.Zero);
        var rows = new List<SampleBacklogRow>();
        for (var n = SampleTickets.First; n <= SampleTickets.Last; n++)
        {
            var ticket = Describe(t, n);
            if (ticket.Created > end)
            {
                continue;
            }

            // Started a few days before the day it is worked on, done a few after; what has not happened by the snapshot
            // has not happened yet.
            var (started, done) = (ticket.Created.AddDays(ticket.StartsAfter), ticket.Created.AddDays(ticket.StartsAfter + ticket.Takes));
            var status = done <= end ? "Done" : started <= end ? (done.AddDays(-2) <= end ? "In Review" : "In Progress") : "To Do";
            var updated = status switch
            {
                "Done" => done,
                "In Review" => done.AddDays(-2),
                "In Progress" => started,
                _ => ticket.Created,
            };
            var sprints = Sprints(started, done).Where(s => SprintStart(s) <= end).Select(s => $"Sprint {s}").ToList();
            rows.Add(new SampleBacklogRow(
                $"HBR-{n}", ticket.Summary, ticket.Type, status, ticket.Owner.RealName, ticket.Reporter.RealName, sprints, ticket.Points, ticket.Priority,
                ticket.Created, updated, status == "Done" ? done : null, ticket.Description, ticket.Labels));
        }

        return rows;
    }

    private sealed record Ticket(
        string Summary, string Type, string Priority, SamplePerson Owner, SamplePerson Reporter, DateTimeOffset Created,
        double StartsAfter, double Takes, double Points, string Description, IReadOnlyList<string> Labels);

    /// Storyline tickets as the chat tells them; the rest made up from the ticket's number alone.
    private static Ticket Describe(SampleTeam t, int n)
    {
        var owner = SampleTickets.Owner(t, n);
        var area = owner == t.Sofia ? "web" : owner == t.Arjun ? "mobile" : "backend";
        DateTimeOffset At(int month, int day, int hour) => new(2025, month, day, hour, 0, 0, TimeSpan.Zero);
        Ticket Story(string summary, DateTimeOffset created, double takes, double points, string description, params string[] labels) =>
            new(summary, "Story", "Medium", owner, t.Maya, created, 1, takes, points, description, [area, .. labels]);
        Ticket Bug(string summary, DateTimeOffset created, double takes, double points, string description, params string[] labels) =>
            new(summary, "Bug", "High", owner, t.Lena, created, 1, takes, points, description, [area, "bug", .. labels]);

        return n switch
        {
            142 => Story("Shift swap request form on web", At(9, 19, 8), 12, 5,
                "As a nurse I can ask a colleague to swap a shift from the week view.\nAcceptance: the request shows in the colleague's inbox; the manager approves or declines.", "swaps"),
            150 => Story("Week view performance", At(9, 22, 9), 14, 3, "The week view takes 4 s to render for clinics with 300 staff. Target: under 1 s."),
            163 => Story("Billing page copy", At(9, 24, 9), 10, 1, "New copy for the billing page from Omar's review.", "billing"),
            187 => Bug("Shift swap requests stay stuck in 'pending' when the approving manager is on leave", At(10, 3, 8), 30, 3,
                "Repro: manager A is on leave; nurse B requests a swap with nurse C; the request stays pending forever.\nExpected: it goes to the deputy manager.", "swaps"),
            198 => Story("Limits on bulk imports", At(10, 15, 9), 16, 5,
                "Follow-up from the shift-swap worker incident (PM 2025-10-15): cap bulk imports and page through them.", "incident"),
            203 => Bug("CSV export times out for clinics with more than 5k shifts", At(10, 20, 14), 10, 3, "Stream the export instead of building it in memory.", "export"),
            215 => Story("Adyen payments: migrate billing from Stripe to Adyen", At(10, 22, 10), 26, 8,
                "Decision of 22 Oct: Adyen replaces Stripe (SEPA direct debit, lower fees). Checkout, invoices and webhooks move over.", "payments"),
            222 => Story("Move the web app's date handling from date-fns to Luxon", At(10, 15, 10), 20, 5,
                "date-fns cannot handle clinic time zones across DST; Luxon can.", "dates"),
            231 => Bug("Android crash when offline mode syncs a rota that has deleted shifts", At(11, 3, 7), 12, 3,
                "Crash in the rota adapter after sync. Fix in review: harbor-mobile#412.", "offline"),
            236 => Story("Adyen refunds and chargebacks", At(11, 4, 9), 30, 5, "Refunds from the billing page; chargeback webhooks.", "payments"),
            244 => Bug("Week view starts on the wrong day for Sunday-start locales", At(11, 18, 12), 1, 2,
                "Since the Luxon migration the week view assumes weeks start on Monday. Use a locale-aware startOfWeek.", "dates"),
            _ => Filler(),
        };

        Ticket Filler()
        {
            var feature = SampleFillerText.Features[n % SampleFillerText.Features.Length];
            var worked = SampleTickets.WorkedOn(n);
            var created = new DateTimeOffset(worked.AddDays(-8 - n % 5).ToDateTime(new TimeOnly(8 + n % 8, 0)), TimeSpan.Zero);
            var points = new[] { 1.0, 2, 3, 5, 8 }[n % 5];
            var (takes, labels) = (7 + n % 9, n % 4 == 0 ? new[] { area, "tech-debt" } : [area]);
            return (n % 6) switch
            {
                0 => new(Capitalize($"{feature} shows stale data after a rota is published"), "Bug", "Medium", owner, t.Lena, created, 6, takes, points,
                    $"Steps: publish a rota, then open {feature}; the old shifts show until a reload.", [.. labels, "bug"]),
                1 => new(Capitalize($"{feature}: accessibility pass"), "Task", "Low", owner, t.Maya, created, 6, takes, points,
                    $"Keyboard navigation and screen reader labels for {feature}.", labels),
                _ => new(Capitalize($"Improve {feature}"), "Story", "Medium", owner, t.Maya, created, 6, takes, points,
                    $"Clinics asked for a simpler {feature}.\nSee the research notes from the last usability session.", labels),
            };
        }
    }

    /// Sprints are two weeks from 1 September, numbered from 1; a ticket is in each sprint it was open in.
    private static IEnumerable<int> Sprints(DateTimeOffset started, DateTimeOffset done)
    {
        var first = Math.Max(1, SprintOf(started));
        var last = Math.Max(first, SprintOf(done.AddDays(-1)));
        return Enumerable.Range(first, Math.Min(last, 7) - first + 1);
    }

    private static int SprintOf(DateTimeOffset time) => (DateOnly.FromDateTime(time.UtcDateTime).DayNumber - SampleFiller.FirstDay.DayNumber) / 14 + 1;

    private static DateTimeOffset SprintStart(int sprint) => new(SampleFiller.FirstDay.AddDays((sprint - 1) * 14).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
