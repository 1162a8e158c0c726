using System.CommandLine;
using Mosaic.Ingestion;
using Mosaic.Store.Sqlite;

namespace Mosaic.Cli;

/// `mosaic import slack PATH [--url URL]`: exit 0 when everything was read, 2 when some files or messages
/// were skipped (each named in the report), 1 when nothing could be imported.
internal static class ImportCommand
{
    public static Command Create(CliContext context, Option<string?> db)
    {
        var path = new Argument<string>("path") { Description = "A Slack workspace export: the .zip, or the folder it unpacks to" };
        var url = new Option<string?>("--url") { Description = "The workspace's address (https://acme.slack.com), for links to messages" };
        var slack = new Command("slack", "Import a Slack workspace export (users, channels, private channels, DMs, threads)") { path, url };
        slack.SetAction(MosaicCli.Guard(context, async (parse, ct) =>
        {
            var dbPath = context.DatabasePath(parse.GetValue(db));
            await using var store = await SqliteContentStore.OpenAsync(dbPath, ct);
            var report = await ImportSlackAsync(context, store, parse.GetValue(path)!, parse.GetValue(url), ct);
            return report.Errors > 0 ? 2 : 0;
        }));

        return new Command("import", "Bring data into Mosaic") { slack };
    }

    public static async Task<ImportReport> ImportSlackAsync(CliContext context, SqliteContentStore store, string path, string? url, CancellationToken ct)
    {
        var importer = new SlackImporter(store, store);
        var report = await ProgressView.RunAsync(context, "Importing Slack export", progress => importer.ImportAsync(path, url, progress, ct));
        Render.ImportReport(context, Path.GetFileName(Path.TrimEndingDirectorySeparator(path)), report);
        return report;
    }
}
