using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Mosaic.Connectors.Slack;
using Mosaic.Ingestion;
using Mosaic.Sample;
using Mosaic.Store.Sqlite;

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

        return new Command("bench", "Benchmarks that print machine-readable results") { import };
    }

    private static double Time(Func<Task> work)
    {
        var clock = Stopwatch.StartNew();
        work().GetAwaiter().GetResult();
        return clock.Elapsed.TotalSeconds;
    }

    private static string RuntimeInformationText() =>
        string.Create(CultureInfo.InvariantCulture, $"{System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription} on {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");
}
