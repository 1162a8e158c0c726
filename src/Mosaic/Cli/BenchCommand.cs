using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Mosaic.Connectors.Locomo;
using Mosaic.Connectors.Slack;
using Mosaic.Evaluation.Locomo;
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
                    machine = $"{Environment.ProcessorCount} cores, {RuntimeInformationText()}",
                }));
                return 0;
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                folder.Delete(recursive: true);
            }
        }));

        return new Command("bench", "Benchmarks: a readable table, or --json") { import, Locomo(context) };
    }

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

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static double Time(Func<Task> work)
    {
        var clock = Stopwatch.StartNew();
        work().GetAwaiter().GetResult();
        return clock.Elapsed.TotalSeconds;
    }

    private static string RuntimeInformationText() =>
        string.Create(CultureInfo.InvariantCulture, $"{System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription} on {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");
}
