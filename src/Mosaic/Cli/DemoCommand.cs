using System.CommandLine;
using Mosaic.Connectors;
using Mosaic.Connectors.Backlog;
using Mosaic.Ingestion;
using Mosaic.Sample;
using Mosaic.Store.Sqlite;
using Mosaic.Team;
using Spectre.Console;

namespace Mosaic.Cli;

/// `mosaic demo`: the main job on the sample workspace. Writes the sample export, imports it with progress,
/// answers a few questions with citations, and shows how to ask your own. Running it again re-imports
/// nothing: the import says it skipped every message.
internal static class DemoCommand
{
    private static readonly string[] ShowcaseKinds = ["decision-changed", "owner", "jargon", "thread"];

    public static Command Create(CliContext context, Option<string?> db)
    {
        var seed = SampleCommand.Seed();
        var command = new Command("demo", "Import the sample team workspace and answer a few questions from it") { seed };
        command.SetAction(MosaicCli.Guard(context, async (parse, ct) =>
        {
            var console = context.Console;
            var folder = Path.Combine(context.DataFolder(), "demo");
            Directory.CreateDirectory(folder);
            var zip = Path.Combine(folder, "sample-slack-export.zip");
            var dbPath = parse.GetValue(db) is { Length: > 0 } given ? Path.GetFullPath(given) : Path.Combine(folder, "mosaic.db");

            var sample = SampleWorkspaceGenerator.WriteExport(zip, parse.GetValue(seed));
            console.MarkupLine($"[bold]1.[/] Wrote a sample team's Slack export: {Markup.Escape(zip)}");
            console.MarkupLine($"   {Units.Count(sample.MessageCount)} messages, {sample.PeopleCount} people, {sample.ConversationCount} conversations over three months.");
            console.WriteLine();

            console.MarkupLine($"[bold]2.[/] Importing it into {Markup.Escape(dbPath)}");
            await using var store = await SqliteContentStore.OpenAsync(dbPath, ct);
            await ImportCommand.ImportSlackAsync(context, store, zip, null, ct);
            foreach (var source in sample.PersonalSources)
            {
                var report = await ProgressView.RunAsync(context, $"Importing {source.Owner}'s {source.Kind}", progress =>
                    new PersonalImporter(store, store).ImportAsync(PersonalConnectors.For(source.Kind), source.Path, source.Owner, progress, ct));
                Render.ImportReport(context, $"{source.Owner}'s {source.Kind} into their personal slice", report, "items", "files");
            }

            foreach (var snapshot in sample.Backlog)
            {
                await ImportCommand.ImportBacklogAsync(context, store, snapshot, new BacklogImportOptions(BacklogFormats.JiraCsv), ct);
            }

            // The team model learns from it all now, so answers, `team show` and `mosaic serve` start caught up.
            var learned = await context.LearnAsync(store, ct);
            console.MarkupLine($"   Learned {learned:N0} facts about how the team works: [grey]./mosaic team show --as maya[/]");
            console.WriteLine();

            console.MarkupLine("[bold]3.[/] Asking it a few questions, each as a member of the team:");
            var (requests, queries) = CliContext.Services(store);
            foreach (var kind in ShowcaseKinds)
            {
                if (sample.GroundTruth.FirstOrDefault(c => c.Kind == kind && c.Now is null) is not { } example)
                {
                    continue;
                }

                var request = await requests.CreateAsync(example.Asker, example.Audience, ct);
                console.WriteLine();
                console.Write(new Rule($"[bold]{Markup.Escape(example.Question)}[/]  [grey]asked by {Markup.Escape(example.Asker)}{(example.Audience is null ? "" : " in #" + Markup.Escape(example.Audience))}[/]").LeftJustified());
                Render.Answer(context, request, await queries.AskAsync(request, example.Question, null, ct));
            }

            if (sample.GroundTruth.FirstOrDefault(c => c.Kind == "personal" && c.Now is null) is { } personal
                && sample.GroundTruth.FirstOrDefault(c => c.Kind == "trap" && c.Asker == personal.Asker && c.Audience is not null && c.Forbidden.Intersect(personal.Expected).Any()) is { } trap)
            {
                console.WriteLine();
                console.MarkupLine($"[bold]Privacy.[/] {Markup.Escape(personal.Asker)} asks about their own mail, alone, then the same in #{Markup.Escape(trap.Audience!)}:");
                foreach (var (question, audience) in new[] { (personal.Question, (string?)null), (trap.Question, trap.Audience) })
                {
                    var request = await requests.CreateAsync(personal.Asker, audience, ct);
                    console.Write(new Rule($"[bold]{Markup.Escape(question)}[/]  [grey]asked by {Markup.Escape(personal.Asker)}{(audience is null ? ", for their eyes only" : " in #" + Markup.Escape(audience))}[/]").LeftJustified());
                    Render.Answer(context, request, await queries.AskAsync(request, question, null, ct));
                }
            }

            var asker = sample.GroundTruth[0].Asker;
            console.WriteLine();
            console.MarkupLine("[bold]4.[/] Ask your own:");
            console.MarkupLine($"   export MOSAIC_DB={Markup.Escape(dbPath)}");
            console.MarkupLine($"   ./mosaic ask \"who owns the payments service?\" --as {Markup.Escape(asker)}");
            console.MarkupLine($"   ./mosaic search \"release date\" --as {Markup.Escape(asker)} --limit 5");
            console.MarkupLine($"   ./mosaic ask \"what did we decide about the release date?\" --as {Markup.Escape(asker)} --in general --json");
            console.MarkupLine("   ./mosaic ask \"when is the board meeting?\" --as maya        [grey]# maya's own mail; nobody else sees it[/]");
            console.MarkupLine("   ./mosaic me --as maya; ./mosaic audit --as maya            [grey]# what Mosaic holds about her, and who saw it[/]");
            console.MarkupLine($"   [grey]The sample's questions and expected answers: {Markup.Escape(Path.Combine(folder, "ground-truth.json"))}; score them with ./mosaic eval[/]");
            return 0;
        }));
        return command;
    }
}
