using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Mosaic.Connectors.Backlog;
using Mosaic.Domain;
using Mosaic.Ingestion;
using Mosaic.Permissions;
using Mosaic.Sample;
using Mosaic.Store;
using Mosaic.Store.Sqlite;

namespace Mosaic.Evaluation.Backlog;

/// What `mosaic bench backlog` measured. Parse-only is the baseline: reading every row of the same file without storing.
public sealed record BacklogBenchmarkReport(
    int Items, long FileBytes, int Messages, double ParseSeconds, double ImportSeconds, double ReimportSeconds, int Errors, int Warnings,
    int Stored, int Linked)
{
    public double ParsePerSecond => Items / Math.Max(ParseSeconds, 1e-9);

    public double ImportPerSecond => Items / Math.Max(ImportSeconds, 1e-9);

    public double ReimportPerSecond => Items / Math.Max(ReimportSeconds, 1e-9);

    public double ImportToParse => ImportSeconds / Math.Max(ParseSeconds, 1e-9);
}

/// Generates a Jira CSV export of N issues (repeated Sprint and Labels columns, multi-line descriptions, Jira's date
/// format, keys mentioned across issues) for a team of 20 people, and times, in a fresh database that already holds
/// chat messages mentioning some of the keys: parsing it alone, importing it, and importing it again unchanged.
[SuppressMessage("Security", "CA5394:Do not use insecure randomness", Justification = "Seeded on purpose: the benchmark must be reproducible.")]
public static class BacklogBenchmark
{
    private static readonly string[] First = ["Ada", "Ben", "Chen", "Dara", "Emil", "Fatima", "Gus", "Hana", "Ivo", "Jae"];
    private static readonly string[] Last = ["Kowalski", "Laine"];
    private static readonly string[] Words =
    [
        "rota", "shift", "swap", "export", "invoice", "calendar", "login", "sync", "offline", "billing", "report", "clinic", "staff",
        "overtime", "holiday", "approval", "notification", "dashboard", "search", "import", "timeout", "crash", "layout", "filter",
    ];

    private static readonly string[] Statuses = ["To Do", "In Progress", "In Review", "Done"];

    public static async Task<BacklogBenchmarkReport> RunAsync(int items, int seed, string folder, CancellationToken ct = default)
    {
        var random = new Random(seed);
        var people = First.SelectMany(f => Last.Select(l => $"{f} {l}")).ToList();
        var path = Path.Combine(folder, "backlog.csv");
        SampleBacklogWriter.WriteJiraCsv(path, Rows(items, people, random));

        // Parsed twice, the second time timed: the first pays for loading and compiling the reader, which the import then
        // finds done.
        var parsed = 0;
        var clock = new Stopwatch();
        for (var pass = 0; pass < 2; pass++)
        {
            clock.Restart();
            parsed = BacklogFormats.Reader(BacklogFormats.JiraCsv).Read(path, ct).Count(r => r.Issue is not null);
        }

        var parseSeconds = clock.Elapsed.TotalSeconds;

        await using var store = await SqliteContentStore.OpenAsync(Path.Combine(folder, "backlog.db"), ct);
        var messages = await SeedChatAsync(store, people, items, random, ct);
        var importer = new BacklogImporter(store, store);
        clock.Restart();
        var first = await importer.ImportAsync(path, new BacklogImportOptions(BacklogFormats.JiraCsv), null, ct);
        var importSeconds = clock.Elapsed.TotalSeconds;
        clock.Restart();
        await importer.ImportAsync(path, new BacklogImportOptions(BacklogFormats.JiraCsv), null, ct);
        var reimportSeconds = clock.Elapsed.TotalSeconds;

        var reader = AccessContext.ForAsker((await store.ListPeopleAsync(null, ct))[0].Id);
        var stored = (await store.ListAsync(new BacklogFilter(Limit: int.MaxValue), reader, ct)).Count;
        // The chat went first into a fresh database, so its messages hold the first row ids.
        var linked = (await store.LinksAsync(Enumerable.Range(1, messages).Select(i => (long)i).ToList(), reader, ct)).Count(l => l.Imported);
        return new BacklogBenchmarkReport(
            parsed, new FileInfo(path).Length, messages, parseSeconds, importSeconds, reimportSeconds, first.Errors, first.Warnings, stored, linked);
    }

    private static List<SampleBacklogRow> Rows(int count, List<string> people, Random random)
    {
        var start = new DateTimeOffset(2025, 1, 6, 9, 0, 0, TimeSpan.Zero);
        var rows = new List<SampleBacklogRow>(count);
        for (var n = 1; n <= count; n++)
        {
            var created = start.AddMinutes(n * 37 + random.Next(30));
            var status = Statuses[random.Next(Statuses.Length)];
            var updated = created.AddHours(random.Next(1, 400));
            var sprint = n * 26 / Math.Max(count, 1) + 1;
            var text = string.Join(' ', Enumerable.Range(0, random.Next(20, 90)).Select(_ => Words[random.Next(Words.Length)]));
            var description = n > 1 && random.Next(4) == 0 ? $"{text}\nBlocked by BEN-{random.Next(1, n)}." : text;
            rows.Add(new SampleBacklogRow(
                $"BEN-{n}", $"{Capitalize(Words[random.Next(Words.Length)])} {Words[random.Next(Words.Length)]} {Words[random.Next(Words.Length)]}",
                random.Next(3) == 0 ? "Bug" : "Story", status, people[random.Next(people.Count)], people[random.Next(people.Count)],
                random.Next(5) == 0 ? [$"Sprint {sprint}", $"Sprint {sprint + 1}"] : [$"Sprint {sprint}"],
                new[] { 1.0, 2, 3, 5, 8, 13 }[random.Next(6)], random.Next(4) == 0 ? "High" : "Medium", created, updated,
                status == "Done" ? updated : null, description,
                [.. Enumerable.Range(0, random.Next(4)).Select(_ => Words[random.Next(Words.Length)]).Distinct()]));
        }

        return rows;
    }

    /// The team as people, and a channel whose messages mention keys, a fifth of them keys the backlog holds.
    private static async Task<int> SeedChatAsync(SqliteContentStore store, List<string> people, int items, Random random, CancellationToken ct)
    {
        var records = people.Select((name, i) => new PersonRecord(
            PersonRef.Slack($"U{i:D4}"), name, name.Split(' ')[0].ToLowerInvariant() + i.ToString(CultureInfo.InvariantCulture), name, null, null, false, false,
            [new Identity(IdentityKind.RealName, name)])).ToList();
        var conversation = new ConversationRecord("slack", "C0BENCH", ConversationKind.PublicChannel, "team", null, null, null, false, records.Select(r => r.Key).ToList());
        var count = Math.Max(10, items / 5);
        var at = new DateTimeOffset(2025, 1, 6, 9, 0, 0, TimeSpan.Zero);
        var messages = Enumerable.Range(1, count).Select(i => new ItemRecord(
            "slack", $"C0BENCH/{i}", i.ToString(CultureInfo.InvariantCulture), Scope.Conversation("slack", "C0BENCH"), records[i % records.Count].Key,
            at.AddMinutes(i), null, "message",
            random.Next(5) == 0 ? $"Picking up BEN-{random.Next(1, items + 1)} today" : $"Looked at UTF-8 handling and ISO-8601 dates, see OTHER-{i}",
            true, [], new Dictionary<string, int>(), 0, null)).ToList();
        await store.WriteAsync(new ImportBatch("bench chat", null, records, [conversation], [], messages), ct);
        return count;
    }

    private static string Capitalize(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
