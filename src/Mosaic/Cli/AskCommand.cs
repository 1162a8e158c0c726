using System.CommandLine;

namespace Mosaic.Cli;

/// `mosaic ask "QUESTION" --as PERSON [--in CHANNEL] [--json]`
internal static class AskCommand
{
    public static Command Create(CliContext context, Option<string?> db)
    {
        var question = new Argument<string>("question") { Description = "A question, in plain words" };
        var asker = CliOptions.As();
        var shownIn = CliOptions.In();
        var json = CliOptions.Json();
        var now = CliOptions.Now();
        var command = new Command("ask", "Answer a question from what the audience may see, with numbered citations") { question, asker, shownIn, json, now };
        command.SetAction(MosaicCli.Guard(context, async (parse, ct) =>
        {
            var text = parse.GetValue(question) ?? "";
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new MosaicException("Ask a question, e.g. mosaic ask \"who owns the payments service?\" --as maya.");
            }

            return await context.ServeAsync(
                parse.GetValue(db), parse.GetValue(asker)!, parse.GetValue(shownIn), parse.GetValue(json),
                (queries, request) => queries.AskAsync(request, text, CliOptions.ParseNow(parse.GetValue(now)), ct),
                Render.Answer, ct, learnFirst: true);
        }));
        return command;
    }
}
