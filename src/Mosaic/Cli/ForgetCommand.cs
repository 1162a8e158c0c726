using System.CommandLine;
using Spectre.Console;

namespace Mosaic.Cli;

/// `mosaic forget --as PERSON (--source ID | --personal | --item ID …) --yes`
internal static class ForgetCommand
{
    public static Command Create(CliContext context, Option<string?> db)
    {
        var person = CliOptions.As();
        var source = new Option<long?>("--source") { Description = "Forget one of your personal sources (its id from `mosaic me`)" };
        var personal = new Option<bool>("--personal") { Description = "Forget your whole personal slice: all your mail, calendars and notes" };
        var items = new Option<string[]>("--item") { Description = "Forget an item of yours (repeatable): a personal item or a message you wrote", AllowMultipleArgumentsPerToken = true };
        var yes = new Option<bool>("--yes") { Description = "Confirm: forgetting cannot be undone" };
        var command = new Command("forget", "Remove data about you for good, from the items, the index and everything derived from them") { person, source, personal, items, yes };
        command.SetAction(MosaicCli.Guard(context, async (parse, ct) =>
        {
            if (!parse.GetValue(yes))
            {
                throw new MosaicException("Forgetting cannot be undone: add --yes to go ahead.");
            }

            await using var store = await CliContext.OpenExistingAsync(context.DatabasePath(parse.GetValue(db)), ct);
            var result = await CliContext.Control(store).ForgetAsync(
                parse.GetValue(person)!, parse.GetValue(source), parse.GetValue(personal), parse.GetValue(items) ?? [], ct);
            context.Console.MarkupLine(
                $"Forgot {Units.Count(result.Items)} item(s), {result.Sources} personal source(s) and {result.IdentityLinks} identity link(s) learned from them; " +
                $"{result.AuditRecordsRedacted} audit record(s) now say \"(forgotten)\". The database file was rewritten without them, and later imports will skip them.");
            return 0;
        }));
        return command;
    }
}
