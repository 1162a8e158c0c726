using System.CommandLine;
using Mosaic.Evaluation.Backlog;
using Spectre.Console;

namespace Mosaic.Cli;

/// `mosaic bench backlog [--items N] [--seed N] [--json]`: backlog import speed on a generated Jira CSV export, each run
/// into a fresh database, against parsing the same file alone in the same run.
internal static class BenchBacklogCommand
{
    public static Command Create(CliContext context)
    {
        var items = new Option<int>("--items") { Description = "How many issues to generate and import (default 10,000)", DefaultValueFactory = _ => 10_000 };
        var seed = new Option<int>("--seed") { Description = "Seed for the generated backlog (default 7)", DefaultValueFactory = _ => 7 };
        var json = CliOptions.Json();
        var command = new Command("backlog", "Backlog import speed on a generated Jira CSV export, against parsing it alone in the same run") { items, seed, json };
        command.SetAction(MosaicCli.Guard(context, async (parse, ct) =>
        {
            if (parse.GetValue(items) is < 10 or > 1_000_000)
            {
                throw new MosaicException("--items must be between 10 and 1,000,000.");
            }

            var folder = Directory.CreateTempSubdirectory("mosaic-bench-backlog-");
            try
            {
                var report = await BacklogBenchmark.RunAsync(parse.GetValue(items), parse.GetValue(seed), folder.FullName, ct);
                if (parse.GetValue(json))
                {
                    await context.Out.WriteLineAsync(CliJson.Serialize(new
                    {
                        benchmark = "backlog",
                        items = report.Items,
                        stored = report.Stored,
                        file_bytes = report.FileBytes,
                        import_errors = report.Errors,
                        import_warnings = report.Warnings,
                        chat_messages = report.Messages,
                        messages_linked = report.Linked,
                        parse_only_seconds = Math.Round(report.ParseSeconds, 4),
                        import_seconds = Math.Round(report.ImportSeconds, 4),
                        reimport_unchanged_seconds = Math.Round(report.ReimportSeconds, 4),
                        parse_only_items_per_second = Math.Round(report.ParsePerSecond),
                        import_items_per_second = Math.Round(report.ImportPerSecond),
                        reimport_items_per_second = Math.Round(report.ReimportPerSecond),
                        import_to_parse_time_ratio = Math.Round(report.ImportToParse, 2),
                        machine = BenchCommand.Machine(),
                    }));
                    return 0;
                }

                var table = new Table().AddColumns("measure", "seconds", "items/s");
                table.AddRow("parse only (baseline)", BenchCommand.F(report.ParseSeconds), BenchCommand.F0(report.ParsePerSecond));
                table.AddRow("import into a fresh database", BenchCommand.F(report.ImportSeconds), BenchCommand.F0(report.ImportPerSecond));
                table.AddRow("import again, unchanged", BenchCommand.F(report.ReimportSeconds), BenchCommand.F0(report.ReimportPerSecond));
                context.Console.Write(table);
                context.Console.MarkupLine(
                    $"[grey]{Units.Count(report.Items)} issues ({Units.Bytes(report.FileBytes)}), {Units.Count(report.Stored)} stored; import took {BenchCommand.F(report.ImportToParse)}× parsing; " +
                    $"{Units.Count(report.Linked)} of {Units.Count(report.Messages)} chat messages linked to tickets.[/]");
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
}
