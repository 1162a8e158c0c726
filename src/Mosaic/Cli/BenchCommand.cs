using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Mosaic.Connectors.Locomo;
using Mosaic.Connectors.Slack;
using Mosaic.Evaluation.Locomo;
using Mosaic.Evaluation.Scale;
using Mosaic.Ingestion;
using Mosaic.Sample;
using Mosaic.Store.Sqlite;
using Spectre.Console;

namespace Mosaic.Cli;

/// `mosaic bench import [--runs N] [--seed N]`: import throughput on the sample workspace, each run into a
/// fresh database file, against a baseline measured in the same run (reading and parsing every day file without
/// storing anything), so the ratio means something on any machine. Prints one JSON object.
internal static class BenchCommand
{
    public static Command Create(CliContext context)
    {
        var runs = new Option<int>("--runs") { Description = "How many timed runs (default 3; the best is reported)", DefaultValueFactory = _ => 3 };
        var seed = SampleCommand.Seed();
        var import = new Command("import", "Measure import throughput on the sample workspace") { runs, seed };
        import.SetAction(MosaicCli.Guard(context, async (parse, ct) =>
        {
            var count = parse.GetValue(runs);
            if (count is < 1 or > 50)
            {
                throw new MosaicException("--runs must be between 1 and 50.");
            }

            var folder = Directory.CreateTempSubdirectory("mosaic-bench-");
            try
            {
                var zip = Path.Combine(folder.FullName, "sample.zip");
                var sample = SampleWorkspaceGenerator.WriteExport(zip, parse.GetValue(seed));
                var parseTimes = new List<double>();
                var importTimes = new List<double>();
                var messages = 0;
                for (var run = 0; run < count; run++)
                {
                    parseTimes.Add(Time(() =>
                    {
                        using var export = SlackExport.Open(zip);
                        messages = export.DayFiles.Sum(d => export.ReadDay(d).Messages.Count);
                        return Task.CompletedTask;
                    }));
                    var dbPath = Path.Combine(folder.FullName, $"run{run}.db");
                    importTimes.Add(Time(async () =>
                    {
                        await using var store = await SqliteContentStore.OpenAsync(dbPath, ct);
                        await new SlackImporter(store, store).ImportAsync(zip, null, null, ct);
                    }));
                }

                var parseBest = parseTimes.Min();
                var importBest = importTimes.Min();
                await context.Out.WriteLineAsync(CliJson.Serialize(new
                {
                    benchmark = "import",
                    messages,
                    sample_messages = sample.MessageCount,
                    runs = count,
                    parse_only_seconds = Math.Round(parseBest, 4),
                    import_seconds = Math.Round(importBest, 4),
                    parse_only_messages_per_second = Math.Round(messages / parseBest),
                    import_messages_per_second = Math.Round(messages / importBest),
                    import_to_parse_time_ratio = Math.Round(importBest / parseBest, 2),
                    machine = Machine(),
                }));
                return 0;
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                folder.Delete(recursive: true);
            }
        }));

        return new Command("bench", "Benchmarks: a readable table, or --json") { import, Locomo(context), Scale(context), BenchSlackCommand.Create(context) };
    }

    /// `mosaic bench scale [--messages N] [--queries N] [--json]`
    private static Command Scale(CliContext context)
    {
        var messages = new Option<int>("--messages") { Description = "How many messages to generate and import (default 1,000,000)", DefaultValueFactory = _ => 1_000_000 };
        var queries = new Option<int>("--queries") { Description = "How many searches and questions to time (default 1,000)", DefaultValueFactory = _ => 1000 };
        var seed = new Option<int>("--seed") { Description = "Seed for the synthetic workspace (default 7)", DefaultValueFactory = _ => 7 };
        var json = CliOptions.Json();
        var command = new Command("scale", "Import and query speed on a large synthetic workspace, against raw SQLite+FTS5 in the same run") { messages, queries, seed, json };
        command.SetAction(MosaicCli.Guard(context, async (parse, ct) =>
        {
            if (parse.GetValue(messages) is < 1000 or > 20_000_000 || parse.GetValue(queries) is < 10 or > 100_000)
            {
                throw new MosaicException("--messages must be between 1,000 and 20,000,000 and --queries between 10 and 100,000.");
            }

            var folder = Directory.CreateTempSubdirectory("mosaic-scale-");
            try
            {
                var report = await ProgressView.RunAsync(context, "Importing", progress =>
                    ScaleBenchmark.RunAsync(parse.GetValue(messages), parse.GetValue(queries), parse.GetValue(seed), folder.FullName, progress, ct));
                object Latency(LatencyStats l) => new { count = l.Count, p50_ms = Math.Round(l.P50, 2), p95_ms = Math.Round(l.P95, 2), p99_ms = Math.Round(l.P99, 2), mean_ms = Math.Round(l.Mean, 2) };
                var result = new
                {
                    benchmark = "scale",
                    messages_generated = report.MessagesWritten,
                    messages = report.MessagesImported,
                    import_errors = report.ImportErrors,
                    import_seconds = Math.Round(report.ImportSeconds, 2),
                    import_messages_per_second = Math.Round(report.ImportPerSecond),
                    raw_fts5_inserts_per_second = Math.Round(report.RawInsertPerSecond),
                    import_to_raw_ratio = Math.Round(report.ImportToRaw, 3),
                    database_bytes = report.DatabaseBytes,
                    database_bytes_per_message = Math.Round(report.BytesPerMessage, 1),
                    peak_memory_mb = Math.Round(report.PeakMemoryBytes / 1048576.0, 1),
                    search = Latency(report.Search),
                    ask = Latency(report.Ask),
                    raw_fts5_query = Latency(report.RawQuery),
                    search_p50_to_raw = Math.Round(report.Search.P50 / Math.Max(report.RawQuery.P50, 1e-6), 2),
                    machine = Machine(),
                };
                if (parse.GetValue(json))
                {
                    await context.Out.WriteLineAsync(CliJson.Serialize(result));
                    return 0;
                }

                var table = new Table().AddColumns("measure", "Mosaic", "raw SQLite+FTS5", "ratio");
                table.AddRow("import, messages/s", F0(report.ImportPerSecond), F0(report.RawInsertPerSecond), F(report.ImportToRaw));
                table.AddRow("search p50 / p95 / p99 ms", $"{F(report.Search.P50)} / {F(report.Search.P95)} / {F(report.Search.P99)}",
                    $"{F(report.RawQuery.P50)} / {F(report.RawQuery.P95)} / {F(report.RawQuery.P99)}", F(report.Search.P50 / Math.Max(report.RawQuery.P50, 1e-6)));
                table.AddRow("ask p50 / p95 / p99 ms", $"{F(report.Ask.P50)} / {F(report.Ask.P95)} / {F(report.Ask.P99)}", "", "");
                table.AddRow("database bytes per message", F0(report.BytesPerMessage), "", "");
                table.AddRow("peak memory during import, MB", F0(report.PeakMemoryBytes / 1048576.0), "", "");
                context.Console.Write(table);
                context.Console.MarkupLine($"[grey]{Units.Count(report.MessagesImported)} messages in {report.ImportSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s; {report.Search.Count} timed queries.[/]");
                return 0;
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                folder.Delete(recursive: true);
            }
        }));
        return command;
    }

    internal static string F0(double value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    /// `mosaic bench locomo FILE [--limit N] [--json]`
    private static Command Locomo(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "The LoCoMo JSON file (e.g. ../shared/bench/locomo/locomo-dev.json)" };
        var limit = new Option<int?>("--limit") { Description = "Ask at most this many questions per conversation (a quick run)" };
        var json = CliOptions.Json();
        var details = new Option<string?>("--details") { Description = "Also write every question's evidence and both rankings to this JSON file" };
        var command = new Command("locomo", "Evidence retrieval on LoCoMo, against a plain BM25-over-turns baseline in the same run") { file, limit, json, details };
        command.SetAction(MosaicCli.Guard(context, async (parse, ct) =>
        {
            var data = LocomoDataset.Load(parse.GetValue(file)!);
            var clock = Stopwatch.StartNew();
            var report = await LocomoBenchmark.RunAsync(data, parse.GetValue(limit), null, ct);
            var seconds = clock.Elapsed.TotalSeconds;
            if (parse.GetValue(details) is { Length: > 0 } detailsFile)
            {
                var turns = data.ToDictionary(c => c.SampleId, c => c.Turns.ToDictionary(t => t.DiaId, t => $"{t.Speaker}: {t.Text}"));
                await File.WriteAllTextAsync(detailsFile, CliJson.Serialize(report.Results.Select(r => new
                {
                    sample = r.SampleId,
                    category = r.Question.Category,
                    question = r.Question.Question,
                    evidence = r.Question.Evidence.Select(e => new { id = e, text = turns[r.SampleId][e] }),
                    mosaic = r.Mosaic.Take(10).Select(id => new { id, hit = r.Question.Evidence.Contains(id), text = turns[r.SampleId][id] }),
                    baseline = r.Baseline.Take(10),
                })), ct);
            }

            var rows = LocomoBenchmark.Categories.Keys
                .Select(c => (Name: $"{c} {LocomoBenchmark.Categories[c]}", Scores: report.Category(c)))
                .Append((Name: "1–4 overall", Scores: report.Overall))
                .ToList();
            if (parse.GetValue(json))
            {
                object Metrics(RetrievalMetrics m) => new
                {
                    questions = m.Questions,
                    recall_at_1 = Math.Round(m.RecallAt1, 4),
                    recall_at_5 = Math.Round(m.RecallAt5, 4),
                    recall_at_10 = Math.Round(m.RecallAt10, 4),
                    recall_at_20 = Math.Round(m.RecallAt20, 4),
                    mrr = Math.Round(m.Mrr, 4),
                };
                await context.Out.WriteLineAsync(CliJson.Serialize(new
                {
                    benchmark = "locomo",
                    file = Path.GetFileName(parse.GetValue(file)),
                    conversations = data.Count,
                    seconds = Math.Round(seconds, 2),
                    results = rows.Select(r => new
                    {
                        scope = r.Name,
                        mosaic = Metrics(r.Scores.Mosaic),
                        baseline = Metrics(r.Scores.Baseline),
                        ratio_recall_at_10 = Ratio(r.Scores.Mosaic.RecallAt10, r.Scores.Baseline.RecallAt10),
                        ratio_mrr = Ratio(r.Scores.Mosaic.Mrr, r.Scores.Baseline.Mrr),
                    }),
                }));
                return 0;
            }

            var table = new Table().AddColumns("category", "questions", "R@1", "R@5", "R@10", "R@20", "MRR", "baseline R@10", "baseline MRR", "R@10 ×", "MRR ×");
            foreach (var (name, (mosaic, baseline)) in rows)
            {
                table.AddRow(
                    name, mosaic.Questions.ToString(CultureInfo.InvariantCulture), F(mosaic.RecallAt1), F(mosaic.RecallAt5), F(mosaic.RecallAt10), F(mosaic.RecallAt20), F(mosaic.Mrr),
                    F(baseline.RecallAt10), F(baseline.Mrr), F(Ratio(mosaic.RecallAt10, baseline.RecallAt10)), F(Ratio(mosaic.Mrr, baseline.Mrr)));
            }

            context.Console.Write(table);
            context.Console.MarkupLine($"[grey]{data.Count} conversations, {report.Results.Count} questions with evidence, {seconds.ToString("0.0", CultureInfo.InvariantCulture)} s. Category 5 (adversarial) is not in the overall figures.[/]");
            return 0;
        }));
        return command;
    }

    private static double Ratio(double value, double baseline) => baseline > 0 ? Math.Round(value / baseline, 3) : 0;

    internal static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static double Time(Func<Task> work)
    {
        var clock = Stopwatch.StartNew();
        work().GetAwaiter().GetResult();
        return clock.Elapsed.TotalSeconds;
    }

    /// What the figures were measured on, for reading them next to another machine's.
    internal static string Machine() => $"{Environment.ProcessorCount} cores, {RuntimeInformationText()}";

    private static string RuntimeInformationText() =>
        string.Create(CultureInfo.InvariantCulture, $"{System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription} on {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");
}
