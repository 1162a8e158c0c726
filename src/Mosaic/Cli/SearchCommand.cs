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

            return await context.ServeAsync(
                parse.GetValue(db), parse.GetValue(asker)!, parse.GetValue(shownIn), parse.GetValue(json),
                (queries, request) => queries.SearchAsync(request, text, parse.GetValue(limit), CliOptions.ParseNow(parse.GetValue(now)), ct),
                Render.SearchResults, ct);
        }));
        return command;
    }
}
