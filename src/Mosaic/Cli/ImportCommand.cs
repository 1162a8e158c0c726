using System.CommandLine;
using Mosaic.Connectors;
using Mosaic.Connectors.Backlog;
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

        var import = new Command("import", "Bring data into Mosaic") { slack };
        foreach (var kind in PersonalConnectors.Kinds)
        {
            import.Subcommands.Add(Personal(context, db, kind));
        }

        import.Subcommands.Add(Backlog(context, db));
        return import;
    }

    /// `mosaic import backlog PATH [--format jira-csv|github-json|csv] [--visible-to CHANNEL] [--url URL]`: exit 2 when
    /// some rows were skipped (each named in the report).
    private static Command Backlog(CliContext context, Option<string?> db)
    {
        var path = new Argument<string>("path") { Description = "A Jira CSV export, GitHub's issues as JSON, or a CSV with a header row" };
        var format = new Option<string?>("--format") { Description = $"{string.Join(", ", BacklogFormats.All)} (default: told from the file)" };
        format.AcceptOnlyFromAmong([.. BacklogFormats.All]);
        var visibleTo = new Option<string?>("--visible-to") { Description = "Only this conversation's members see the backlog (#name, name or id; default: the whole workspace)" };
        var url = new Option<string?>("--url") { Description = "Jira's address (https://acme.atlassian.net), for links to issues" };
        var command = new Command("backlog", "Import a backlog: its items, sprints, statuses and assignees; ticket keys in chat link to them") { path, format, visibleTo, url };
        command.SetAction(MosaicCli.Guard(context, async (parse, ct) =>
        {
            await using var store = await SqliteContentStore.OpenAsync(context.DatabasePath(parse.GetValue(db)), ct);
            var options = new BacklogImportOptions(parse.GetValue(format), parse.GetValue(visibleTo), parse.GetValue(url));
            var report = await ImportBacklogAsync(context, store, parse.GetValue(path)!, options, ct);
            return report.Errors > 0 ? 2 : 0;
        }));
        return command;
    }

    public static async Task<ImportReport> ImportBacklogAsync(CliContext context, SqliteContentStore store, string path, BacklogImportOptions options, CancellationToken ct)
    {
        var importer = new BacklogImporter(store, store);
        var report = await ProgressView.RunAsync(context, "Importing backlog", progress => importer.ImportAsync(path, options, progress, ct), unit: "KiB");
        var audience = options.VisibleTo is { } to ? $" for the members of {to}" : "";
        Render.ImportReport(context, $"backlog {Path.GetFileName(path)}{audience}", report, "items", "files");
        return report;
    }

    /// `mosaic import mail|calendar|notes PATH --owner PERSON`: into the owner's personal slice, which only they see.
    private static Command Personal(CliContext context, Option<string?> db, string kind)
    {
        var path = new Argument<string>("path")
        {
            Description = kind switch
            {
                "mail" => "An mbox file, an .eml file, or a folder of them (Maildir too)",
                "calendar" => "An .ics file or a folder of them",
                _ => "A folder (or file) of Markdown and text notes",
            },
        };
        var owner = new Option<string>("--owner") { Description = "Whose personal slice this is: only they will see it", Required = true };
        var command = new Command(kind, $"Import {kind} into its owner's personal slice") { path, owner };
        var from = new Option<string?>("--from") { Description = "Expand recurring events from this date (default: three years ago)" };
        var until = new Option<string?>("--until") { Description = "Expand recurring events up to this date (default: a year from now)" };
        if (kind == "calendar")
        {
            command.Options.Add(from);
            command.Options.Add(until);
        }

        command.SetAction(MosaicCli.Guard(context, async (parse, ct) =>
        {
            var connector = PersonalConnectors.For(kind, CliOptions.ParseTime("--from", parse.GetValue(from)), CliOptions.ParseTime("--until", parse.GetValue(until)));
            await using var store = await CliContext.OpenExistingAsync(context.DatabasePath(parse.GetValue(db)), ct);
            var importer = new PersonalImporter(store, store);
            var report = await ProgressView.RunAsync(context, $"Importing {kind}", progress =>
                importer.ImportAsync(connector, parse.GetValue(path)!, parse.GetValue(owner)!, progress, ct));
            Render.ImportReport(context, $"{kind} from {parse.GetValue(path)} into {parse.GetValue(owner)}'s personal slice", report, "items", "files");
            return report.Errors > 0 ? 2 : 0;
        }));
        return command;
    }

    public static async Task<ImportReport> ImportSlackAsync(CliContext context, SqliteContentStore store, string path, string? url, CancellationToken ct)
    {
        var importer = new SlackImporter(store, store);
        var report = await ProgressView.RunAsync(context, "Importing Slack export", progress => importer.ImportAsync(path, url, progress, ct));
        Render.ImportReport(context, Path.GetFileName(Path.TrimEndingDirectorySeparator(path)), report, "messages", "day files");
        return report;
    }
}
