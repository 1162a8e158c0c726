using System.CommandLine;
using Mosaic.Sample;
using Spectre.Console;

namespace Mosaic.Cli;

/// `mosaic sample PATH [--seed N]`: writes the sample workspace as a genuine Slack export zip, with its
/// ground truth beside it.
internal static class SampleCommand
{
    public static Option<int> Seed() => new("--seed")
    {
        Description = $"Seed for the sample workspace (default {SampleWorkspaceGenerator.DefaultSeed}); the same seed gives the same workspace",
        DefaultValueFactory = _ => SampleWorkspaceGenerator.DefaultSeed,
    };

    public static Command Create(CliContext context)
    {
        var path = new Argument<string>("path") { Description = "Where to write the export zip" };
        var seed = Seed();
        var command = new Command("sample", "Write the sample team workspace as a Slack export zip") { path, seed };
        command.SetAction(MosaicCli.Guard(context, (parse, ct) =>
        {
            var zip = Path.GetFullPath(parse.GetValue(path)!);
            Directory.CreateDirectory(Path.GetDirectoryName(zip)!);
            var sample = SampleWorkspaceGenerator.WriteExport(zip, parse.GetValue(seed));
            context.Console.MarkupLine(
                $"Wrote {Markup.Escape(zip)}: {Units.Count(sample.MessageCount)} messages, {sample.PeopleCount} people, " +
                $"{sample.ConversationCount} conversations, {sample.GroundTruth.Count} ground-truth questions.");
            foreach (var backlog in sample.Backlog)
            {
                context.Console.MarkupLine($"Wrote {Markup.Escape(backlog)}: the team's backlog as a Jira CSV export (mosaic import backlog).");
            }

            return Task.FromResult(0);
        }));
        return command;
    }
}
