using System.CommandLine;
using Mosaic.Domain;
using Spectre.Console;

namespace Mosaic.Cli;

/// `mosaic audit --as PERSON [--json]`: who was shown anything from that person's personal slice.
internal static class AuditCommand
{
    public static Command Create(CliContext context, Option<string?> db)
    {
        var person = CliOptions.As();
        var json = CliOptions.Json();
        var command = new Command("audit", "Show who was shown anything from your personal slice") { person, json };
        command.SetAction(MosaicCli.Guard(context, async (parse, ct) =>
        {
            await using var store = await CliContext.OpenExistingAsync(context.DatabasePath(parse.GetValue(db)), ct);
            var (owner, records) = await CliContext.Control(store).AuditAsync(parse.GetValue(person)!, ct);
            if (parse.GetValue(json))
            {
                await context.Out.WriteLineAsync(CliJson.Serialize(new
                {
                    person = owner.Handle,
                    shown = records.Select(r => new { at = Time.Iso(r.At), action = r.Action, asker = r.Asker, shown_in = r.ShownIn, audience = r.Audience, items = r.Items }),
                }));
                return 0;
            }

            if (records.Count == 0)
            {
                context.Console.MarkupLine($"Nothing from {Markup.Escape(owner.Handle)}'s personal slice has been shown to anyone.");
                return 0;
            }

            var table = new Table().AddColumns("when", "what", "asked by", "shown to", "items");
            foreach (var r in records)
            {
                var to = r.ShownIn is null ? string.Join(", ", r.Audience) : $"{r.ShownIn} ({string.Join(", ", r.Audience)})";
                table.AddRow(Time.Iso(r.At), r.Action, Markup.Escape(r.Asker), Markup.Escape(to), Markup.Escape(string.Join("\n", r.Items)));
            }

            context.Console.Write(table);
            return 0;
        }));
        return command;
    }
}
