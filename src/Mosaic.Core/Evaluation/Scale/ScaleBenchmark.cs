using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Mosaic.Answering;
using Mosaic.Ingestion;
using Mosaic.Requests;
using Mosaic.Retrieval;
using Mosaic.Store.Sqlite;

namespace Mosaic.Evaluation.Scale;

/// Import and query speed at scale: writes a synthetic workspace as a Slack export, imports it through the real
/// importer into a fresh database file, then asks realistic searches and questions as people with different
/// memberships. In the same run a raw baseline inserts the same texts into a plain FTS5 table and runs plain
/// FTS5 queries, so every figure also has a ratio.
public static class ScaleBenchmark
{
    private const int Askers = 20;
    private const int Warmup = 20;

    public static async Task<ScaleReport> RunAsync(int messages, int queryCount, int seed, string folder, IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        var workspace = new ScaleWorkspace(seed);
        var export = Path.Combine(folder, "export");
        var clock = Stopwatch.StartNew();
        var written = workspace.WriteExport(export, messages);
        var generated = clock.Elapsed.TotalSeconds;
        GC.Collect();

        var path = Path.Combine(folder, "scale.db");
        using var sampler = new PeakMemory();
        await using var store = await SqliteContentStore.OpenAsync(path, ct);
        clock.Restart();
        var import = await new SlackImporter(store, store).ImportAsync(export, null, progress, ct);
        var importSeconds = clock.Elapsed.TotalSeconds;
        var peak = sampler.Stop();
        var bytes = DatabaseBytes(path);

        var queries = Queries(workspace, queryCount + Warmup, seed);
        var requests = new RequestFactory(new NameResolver(store));
        var service = new QueryService(store, store, new ExtractiveAnswerer(), store);
        var search = new List<double>();
        var ask = new List<double>();
        for (var i = 0; i < queries.Count; i++)
        {
            var (asker, shownIn, text) = queries[i];
            var request = await requests.CreateAsync(asker, shownIn, ct);
            clock.Restart();
            await service.SearchAsync(request, text, 10, null, ct);
            var searchMs = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            await service.AskAsync(request, text, null, ct);
            var askMs = clock.Elapsed.TotalMilliseconds;
            if (i >= Warmup)
            {
                search.Add(searchMs);
                ask.Add(askMs);
            }
        }

        var (rawRate, rawQuery) = await RawBaselineAsync(export, Path.Combine(folder, "raw.db"), queries.Skip(Warmup).Select(q => q.Text).ToList(), ct);
        return new ScaleReport(
            written, import.ItemsSeen, generated, importSeconds, import.ItemsSeen / importSeconds, rawRate, bytes, peak,
            LatencyStats.Of(search), LatencyStats.Of(ask), LatencyStats.Of(rawQuery), import.Errors);
    }

    /// People with few, some and many memberships, each asking now alone and now in one of their channels;
    /// queries of one to four words drawn as people write (at least one of them a content word), now and then a ticket key or a time word.
    private static List<(string Asker, string? ShownIn, string Text)> Queries(ScaleWorkspace workspace, int count, int seed)
    {
        var random = new Random(seed + 3);
        var channels = workspace.ChannelList();
        var byMemberships = Enumerable.Range(0, ScaleWorkspace.People)
            .OrderBy(p => channels.Count(c => c.Members.Contains(p)))
            .ToList();
        var askers = Enumerable.Range(0, Askers).Select(i => byMemberships[i * (ScaleWorkspace.People - 1) / (Askers - 1)]).ToList();
        var list = new List<(string, string?, string)>();
        for (var i = 0; i < count; i++)
        {
            var asker = askers[random.Next(askers.Count)];
            var mine = channels.Where(c => c.Members.Contains(asker)).ToList();
            var words = Enumerable.Range(0, random.Next(1, 5)).Select(_ => workspace.Word(random)).ToList();
            while (Terms.Of(string.Join(' ', words)).Count == 0)
            {
                // People ask about something: a question of stop words alone ("what is the") is nobody's query.
                words.Add(workspace.Word(random));
            }

            var roll = random.NextDouble();
            if (roll < 0.1)
            {
                words.Add($"PRJ-{random.Next(1, 5000)}");
            }
            else if (roll < 0.2)
            {
                words.Add(random.NextDouble() < 0.5 ? "last week" : "yesterday");
            }

            var shownIn = mine.Count > 0 && random.NextDouble() < 0.2 ? mine[random.Next(mine.Count)].Name : null;
            list.Add((ScaleWorkspace.PersonName(asker), shownIn, string.Join(' ', words)));
        }

        return list;
    }

    /// The raw baseline: the same texts inserted into a plain FTS5 table (same tokenizer, one transaction per
    /// thousand rows), and plain FTS5 queries (any of the words, BM25 order, top 20).
    private static async Task<(double RowsPerSecond, List<double> QueryMs)> RawBaselineAsync(string export, string path, List<string> queries, CancellationToken ct)
    {
        var texts = new List<string>();
        foreach (var file in Directory.EnumerateFiles(export, "*.json", SearchOption.AllDirectories).Where(f => Path.GetDirectoryName(f) != export))
        {
            using var document = JsonDocument.Parse(await File.ReadAllBytesAsync(file, ct));
            texts.AddRange(document.RootElement.EnumerateArray().Select(m => m.GetProperty("text").GetString()!));
        }

        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync(ct);
        await using (var setup = connection.CreateCommand())
        {
            setup.CommandText = """
                PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;
                CREATE VIRTUAL TABLE raw USING fts5(text, tokenize = 'porter unicode61 remove_diacritics 2');
                """;
            await setup.ExecuteNonQueryAsync(ct);
        }

        var clock = Stopwatch.StartNew();
        await using (var insert = connection.CreateCommand())
        {
            insert.CommandText = "INSERT INTO raw(text) VALUES ($t)";
            var parameter = insert.Parameters.Add("$t", SqliteType.Text);
            for (var start = 0; start < texts.Count; start += 1000)
            {
                await using var tx = connection.BeginTransaction();
                insert.Transaction = tx;
                foreach (var text in texts.Skip(start).Take(1000))
                {
                    parameter.Value = text;
                    await insert.ExecuteNonQueryAsync(ct);
                }

                await tx.CommitAsync(ct);
            }
        }

        var rate = texts.Count / clock.Elapsed.TotalSeconds;
        var latencies = new List<double>();
        await using var query = connection.CreateCommand();
        query.CommandText = "SELECT rowid FROM raw WHERE raw MATCH $q ORDER BY rank LIMIT 20";
        var q = query.Parameters.Add("$q", SqliteType.Text);
        foreach (var terms in queries.Select(Terms.Of).Where(t => t.Count > 0))
        {
            q.Value = string.Join(" OR ", terms.Select(t => "\"" + t + "\""));
            clock.Restart();
            await using (var reader = await query.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                }
            }

            latencies.Add(clock.Elapsed.TotalMilliseconds);
        }

        return (rate, latencies);
    }

    private static long DatabaseBytes(string path)
    {
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            checkpoint.ExecuteNonQuery();
        }

        return new FileInfo(path).Length + (File.Exists(path + "-wal") ? new FileInfo(path + "-wal").Length : 0);
    }

    /// The most memory the process held while it ran, sampled every 50 ms.
    private sealed class PeakMemory : IDisposable
    {
        private readonly Timer _timer;
        private long _peak = Environment.WorkingSet;

        public PeakMemory() => _timer = new Timer(_ => Sample(), null, 0, 50);

        private void Sample()
        {
            var now = Environment.WorkingSet;
            long seen;
            while (now > (seen = Interlocked.Read(ref _peak)) && Interlocked.CompareExchange(ref _peak, now, seen) != seen)
            {
            }
        }

        public long Stop()
        {
            _timer.Dispose();
            Sample();
            return Interlocked.Read(ref _peak);
        }

        public void Dispose() => _timer.Dispose();
    }
}
