using System.CommandLine;

namespace Mosaic.Cli;

/// `mosaic search "QUERY" --as PERSON [--in CHANNEL] [--limit N] [--json]`
internal static class SearchCommand
{
    public static Command Create(CliContext context, Option<string?> db)
    {
        var query = new Argument<string>("query") { Description = "Words to find; Slack's from:@who in:#where before: after: on: during: work too" };
        var asker = CliOptions.As();
        var shownIn = CliOptions.In();
        var limit = new Option<int>("--limit") { Description = "How many results (default 10)", DefaultValueFactory = _ => 10 };
        var json = CliOptions.Json();
        var now = CliOptions.Now();
        var command = new Command("search", "Search what the audience may see, best matches first") { query, asker, shownIn, limit, json, now };
        command.SetAction(MosaicCli.Guard(context, async (parse, ct) =>
        {
            var text = parse.GetValue(query) ?? "";
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new MosaicException("Nothing to search for: give some words, e.g. mosaic search \"release date\" --as maya.");
            }

            await using var store = await CliContext.OpenExistingAsync(context.DatabasePath(parse.GetValue(db)), ct);
            var (requests, queries) = CliContext.Services(store);
            var request = await requests.CreateAsync(parse.GetValue(asker)!, parse.GetValue(shownIn), ct);
            var response = await queries.SearchAsync(request, text, parse.GetValue(limit), CliOptions.ParseNow(parse.GetValue(now)), ct);
            if (parse.GetValue(json))
            {
                await context.Out.WriteLineAsync(CliJson.Serialize(response));
            }
            else
            {
                Render.SearchResults(context, request, response);
            }

            return 0;
        }));
        return command;
    }
}
