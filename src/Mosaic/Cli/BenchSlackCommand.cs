using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Options;
using Mosaic.Evaluation;
using Mosaic.Evaluation.Scale;
using Spectre.Console;

namespace Mosaic.Cli;

/// `mosaic bench slack [--events N] [--clients N] [--json]`: signed Slack events from concurrent clients against an
/// in-process server on 127.0.0.1, each acknowledged, timed and then checked to be stored once.
internal static class BenchSlackCommand
{
    public static Command Create(CliContext context)
    {
        var events = new Option<int>("--events") { Description = "How many message events to send (default 2,000)", DefaultValueFactory = _ => 2000 };
        var clients = new Option<int>("--clients") { Description = "How many clients send at once (default 50)", DefaultValueFactory = _ => 50 };
        var json = CliOptions.Json();
        var command = new Command("slack", "Slack Events: ack latency under concurrent delivery, against GET /health in the same run, and every event stored once") { events, clients, json };
        command.SetAction(MosaicCli.Guard(context, async (parse, ct) =>
        {
            var count = parse.GetValue(events);
            var senders = parse.GetValue(clients);
            if (count is < 10 or > 100_000 || senders < 1 || senders > Math.Min(count, 500))
            {
                throw new MosaicException("--events must be between 10 and 100,000, and --clients between 1 and 500 and no more than --events.");
            }

            var folder = Directory.CreateTempSubdirectory("mosaic-bench-slack-");
            try
            {
                SlackEventsReport report;
                try
                {
                    report = await SlackEventsBenchmark.RunAsync(count, senders, folder.FullName, ct);
                }
                catch (OptionsValidationException e)
                {
                    throw new MosaicException("the benchmark's server settings are not valid:\n  " + string.Join("\n  ", e.Failures));
                }

                if (parse.GetValue(json))
                {
                    await context.Out.WriteLineAsync(CliJson.Serialize(Json(report)));
                }
                else
                {
                    Render(context, report);
                }

                return report.StoredOnce && report.Failed == 0 ? 0 : 1;
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                folder.Delete(recursive: true);
            }
        }));
        return command;
    }

    private static object Json(SlackEventsReport r) => new
    {
        benchmark = "slack",
        events = r.Events,
        clients = r.Clients,
        requests = r.Requests,
        retries = r.Retries,
        acked = r.Acked,
        retries_acked = r.RetriesAcked,
        failed = r.Failed,
        ack_ms = new { p50 = Ms(r.Ack.P50), p95 = Ms(r.Ack.P95), p99 = Ms(r.Ack.P99), max = Ms(r.Ack.Max), mean = Ms(r.Ack.Mean) },
        baseline_ms = new { p50 = Ms(r.Baseline.P50), p95 = Ms(r.Baseline.P95), p99 = Ms(r.Baseline.P99), max = Ms(r.Baseline.Max) },
        ratio_p50 = Math.Round(r.RatioP50, 2),
        ratio_p99 = Math.Round(r.RatioP99, 2),
        stored_once = r.StoredOnce,
        missing = r.Missing,
        duplicates = r.Duplicates,
        apply_failed = r.ApplyFailed,
        drained = r.Drained,
        apply_seconds = Math.Round(r.ApplySeconds, 2),
        applied_per_second = Math.Round(r.AppliedPerSecond, 1),
        machine = BenchCommand.Machine(),
    };

    private static void Render(CliContext context, SlackEventsReport r)
    {
        string Row(LatencyStats l) => $"{F(l.P50)} / {F(l.P95)} / {F(l.P99)} / {F(l.Max)}";
        var table = new Table().AddColumns("measure", "POST /slack/events", "GET /health (baseline)", "ratio");
        table.AddRow("ms p50 / p95 / p99 / max", Row(r.Ack), Row(r.Baseline), $"{F(r.RatioP50)} / {F(r.RatioP99)} (p50 / p99)");
        table.AddRow("acknowledged", $"{r.Acked} of {r.Events} events, {r.RetriesAcked} of {r.Retries} retries", "", "");
        table.AddRow("applied per second", F(r.AppliedPerSecond), "", "");
        context.Console.Write(table);
        var verdict = r.StoredOnce
            ? "every event stored exactly once; retries not stored again"
            : $"NOT stored once: {r.Missing} missing, {r.Duplicates} duplicates, {r.ApplyFailed} given up{(r.Drained ? "" : ", inbox not drained in time")}";
        context.Console.MarkupLine(Markup.Escape($"{r.Events} events from {r.Clients} clients ({r.Requests} requests, {r.Failed} failed); {verdict}."));
    }

    private static double Ms(double value) => Math.Round(value, 2);

    private static string F(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
