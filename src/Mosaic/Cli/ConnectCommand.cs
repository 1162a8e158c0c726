using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Mosaic.Connectors.Slack;
using Mosaic.Http;
using Mosaic.Ingestion;
using Mosaic.Store.Sqlite;

namespace Mosaic.Cli;

/// `mosaic connect slack [--config FILE] [--json]`: backfills the workspace through the Web API with the app's bot token.
/// The token comes from settings (mosaic.json or --config, then the environment, as `mosaic serve` reads them), so it
/// never has to be typed where the shell history keeps it. Exit 0 when everything was read, 2 when some conversations
/// were skipped or some messages could not be read (each named), 1 on an error (a run that stopped part way keeps what
/// it stored and carries on from there next time).
internal static class ConnectCommand
{
    /// The settings read from the environment, as Mosaic__Slack__BotToken and so on.
    private static readonly string[] Settings = ["BotToken", "ApiBaseUrl", "WorkspaceUrl"];

    public static Command Create(CliContext context, Option<string?> db)
    {
        var config = new Option<string?>("--config") { Description = "A settings file (default: mosaic.json in this folder, if there is one)" };
        var json = CliOptions.Json();
        var slack = new Command("slack", "Backfill a Slack workspace through the Web API with your app's bot token (Mosaic:Slack:BotToken)") { config, json };
        slack.SetAction(MosaicCli.Guard(context, async (parse, ct) =>
        {
            var options = Read(context, parse.GetValue(config));
            if (options.BackfillProblems() is { Count: > 0 } problems)
            {
                throw new MosaicException("the Slack settings are not usable:\n  " + string.Join("\n  ", problems));
            }

            using var http = new HttpClient
            {
                BaseAddress = new Uri(options.ApiBaseUrl.EndsWith('/') ? options.ApiBaseUrl : options.ApiBaseUrl + "/"),
                Timeout = TimeSpan.FromSeconds(30),
            };
            await using var store = await SqliteContentStore.OpenAsync(context.DatabasePath(parse.GetValue(db)), ct);
            var backfill = new SlackBackfill(new SlackWebApi(http, options.BotToken!), store, store, store);
            var report = await ProgressView.RunAsync(context, "Backfilling Slack", progress => backfill.RunAsync(options.WorkspaceUrl, progress, ct), "conversations", plain: true);
            if (parse.GetValue(json))
            {
                await context.Out.WriteLineAsync(CliJson.Serialize(new
                {
                    team = report.TeamId,
                    resumed = report.Resumed,
                    people = report.People,
                    conversations = report.Conversations,
                    threads = report.Threads,
                    messages = new { stored = report.MessagesStored, added = report.Totals.ItemsAdded, updated = report.Totals.ItemsUpdated, unchanged = report.Totals.ItemsUnchanged },
                    skipped = report.Skipped.Select(s => new { id = s.Id, conversation = s.Name, reason = s.Reason, explanation = s.Explanation }),
                    problems = report.Problems.Select(p => new { where = p.File, place = p.Place, message = p.Message, error = p.IsError }),
                    seconds = Math.Round(report.Elapsed.TotalSeconds, 2),
                }));
            }
            else
            {
                Render.BackfillReport(context, report);
            }

            return report.Skipped.Count > 0 || report.Errors > 0 ? 2 : 0;
        }));
        return new Command("connect", "Connect a live source and read what it holds") { slack };
    }

    /// Mosaic:Slack from the settings file, then the environment, each overriding the one before.
    private static SlackOptions Read(CliContext context, string? configFile)
    {
        var file = Path.GetFullPath(configFile ?? "mosaic.json");
        if (configFile is not null && !File.Exists(file))
        {
            throw new MosaicException($"{file}: no such settings file.");
        }

        var environment = Settings
            .Select(name => (Key: $"{SlackOptions.Section}:{name}", Value: context.Variable($"{SlackOptions.Section.Replace(":", "__", StringComparison.Ordinal)}__{name}")))
            .Where(s => s.Value is not null)
            .ToDictionary(s => s.Key, s => s.Value);
        try
        {
            var configuration = new ConfigurationBuilder()
                .AddJsonFile(file, optional: true, reloadOnChange: false)
                .AddInMemoryCollection(environment)
                .Build();
            return configuration.GetSection(SlackOptions.Section).Get<SlackOptions>() ?? new SlackOptions();
        }
        catch (InvalidDataException e)
        {
            throw new MosaicException($"{file}: not a readable settings file ({e.InnerException?.Message ?? e.Message}).");
        }
        catch (InvalidOperationException e)
        {
            // A setting of the wrong type; the binder's message names it.
            throw new MosaicException($"the settings are not usable: {e.Message}");
        }
    }
}
