using System.CommandLine;
using System.Globalization;
using Mosaic.Control;
using Spectre.Console;

namespace Mosaic.Cli;

/// `mosaic people [--as PERSON] [--json]` and `mosaic people map FILE`.
internal static class PeopleCommand
{
    public static Command Create(CliContext context, Option<string?> db)
    {
        var viewer = new Option<string?>("--as") { Description = "Also show the links only this person may see (learned from their personal sources)" };
        var json = CliOptions.Json();
        var command = new Command("people", "List people and the identities linked to them") { viewer, json };
        command.SetAction(MosaicCli.Guard(context, async (parse, ct) =>
        {
            await using var store = await CliContext.OpenExistingAsync(context.DatabasePath(parse.GetValue(db)), ct);
            var people = await CliContext.Control(store).PeopleAsync(parse.GetValue(viewer), ct);
            if (parse.GetValue(json))
            {
                await context.Out.WriteLineAsync(CliJson.Serialize(new
                {
                    people = people.Select(p => new
                    {
                        id = p.Id,
                        handle = p.Handle,
                        display_name = p.DisplayName,
                        real_name = p.RealName,
                        title = p.Title,
                        bot = p.IsBot,
                        identities = p.Identities.Select(i => new
                        {
                            kind = i.Kind.ToString(),
                            value = i.Value,
                            origin = i.Origin,
                            confidence = Math.Round(i.Confidence, 2),
                            visible_to = i.OwnerId is null ? "everyone" : "owner",
                        }),
                    }),
                }));
                return 0;
            }

            var table = new Table().AddColumns("person", "title", "identities");
            foreach (var p in people)
            {
                var identities = string.Join("\n", p.Identities.Select(i =>
                    $"{i.Kind}: {i.Value}" + (i.Origin == "slack" ? "" : $" ({i.Origin}, {i.Confidence.ToString("0.00", CultureInfo.InvariantCulture)}{(i.OwnerId is null ? "" : ", only you")})")));
                table.AddRow(Markup.Escape(p.Handle + (p.IsBot ? " (bot)" : "")), Markup.Escape(p.Title ?? ""), Markup.Escape(identities));
            }

            context.Console.Write(table);
            return 0;
        }));

        var file = new Argument<string>("file") { Description = "JSON: [{\"person\": \"maya\", \"emails\": [\"…\"], \"names\": [\"…\"]}, …]" };
        var map = new Command("map", "Link addresses and names to people from a mapping file; its links always win") { file };
        map.SetAction(MosaicCli.Guard(context, async (parse, ct) =>
        {
            var entries = IdentityMapFile.Load(parse.GetValue(file)!);
            await using var store = await CliContext.OpenExistingAsync(context.DatabasePath(parse.GetValue(db)), ct);
            var links = await CliContext.Control(store).MapAsync(entries, ct);
            context.Console.MarkupLine($"Linked {links} address(es) and name(s) to {entries.Select(e => e.Person).Distinct().Count()} people.");
            return 0;
        }));
        command.Subcommands.Add(map);
        return command;
    }
}
