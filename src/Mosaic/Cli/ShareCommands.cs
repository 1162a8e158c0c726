using System.CommandLine;
using Spectre.Console;

namespace Mosaic.Cli;

/// `mosaic share ITEM --to CHANNEL --as OWNER` and `mosaic unshare ITEM --from CHANNEL --as OWNER`.
internal static class ShareCommands
{
    public static IEnumerable<Command> Create(CliContext context, Option<string?> db)
    {
        yield return Build(context, db, share: true);
        yield return Build(context, db, share: false);
    }

    private static Command Build(CliContext context, Option<string?> db, bool share)
    {
        var item = new Argument<string>("item") { Description = "The item's id, as search and ask print it" };
        var where = new Option<string>(share ? "--to" : "--from") { Description = "The conversation (#name, name or id)", Required = true };
        var owner = new Option<string>("--as") { Description = "The item's owner", Required = true };
        var command = share
            ? new Command("share", "Promote an item of your personal slice into a conversation you belong to") { item, where, owner }
            : new Command("unshare", "Take back an item you shared into a conversation") { item, where, owner };
        command.SetAction(MosaicCli.Guard(context, async (parse, ct) =>
        {
            await using var store = await CliContext.OpenExistingAsync(context.DatabasePath(parse.GetValue(db)), ct);
            var control = CliContext.Control(store);
            var id = parse.GetValue(item)!;
            var (conversation, changed) = share
                ? await control.ShareAsync(id, parse.GetValue(owner)!, parse.GetValue(where)!, ct)
                : await control.UnshareAsync(id, parse.GetValue(owner)!, parse.GetValue(where)!, ct);
            var label = Markup.Escape(conversation.Label);
            context.Console.MarkupLine((share, changed) switch
            {
                (true, true) => $"Shared {Markup.Escape(id)} into {label}: its members can now see it. Undo with: mosaic unshare {Markup.Escape(id)} --from {label} --as {Markup.Escape(parse.GetValue(owner)!)}",
                (true, false) => $"{Markup.Escape(id)} was already shared into {label}.",
                (false, true) => $"Took {Markup.Escape(id)} back from {label}: only you can see it again.",
                (false, false) => $"{Markup.Escape(id)} was not shared into {label}; nothing changed.",
            });
            return 0;
        }));
        return command;
    }
}
