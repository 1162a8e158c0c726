using System.CommandLine;

namespace Mosaic.Cli;

/// The `mosaic` command line. Commands and their --json shapes are a contract (see README): tests and
/// scripts depend on them.
internal static class MosaicCli
{
    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken ct = default)
    {
        var db = CliOptions.Db();
        var root = new RootCommand("Mosaic: your team's context, on your own machine, with cited answers.");
        root.Options.Add(db);
        root.Subcommands.Add(ImportCommand.Create(context, db));
        root.Subcommands.Add(SearchCommand.Create(context, db));
        root.Subcommands.Add(AskCommand.Create(context, db));
        root.Subcommands.Add(PeopleCommand.Create(context, db));
        foreach (var command in ShareCommands.Create(context, db))
        {
            root.Subcommands.Add(command);
        }

        root.Subcommands.Add(MeCommand.Create(context, db));
        root.Subcommands.Add(ForgetCommand.Create(context, db));
        root.Subcommands.Add(AuditCommand.Create(context, db));
        root.Subcommands.Add(SampleCommand.Create(context));
        root.Subcommands.Add(EvalCommand.Create(context));
        root.Subcommands.Add(DemoCommand.Create(context, db));
        var bench = BenchCommand.Create(context);
        bench.Subcommands.Add(BenchBacklogCommand.Create(context));
        root.Subcommands.Add(bench);
        root.Subcommands.Add(ServeCommand.Create(context, db));
        root.Subcommands.Add(SlackCommand.Create(context));
        root.Subcommands.Add(ConnectCommand.Create(context, db));
        root.Subcommands.Add(TokenCommand.Create(context, db));
        root.Subcommands.Add(TeamCommand.Create(context, db));
        root.Subcommands.Add(ProposalsCommand.Create(context, db));

        // "@maya" names a person here, not a response file.
        var parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        return await parsed.InvokeAsync(new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false }, ct);
    }

    /// Runs a command body, turning a MosaicException into its message and exit code 1. Anything else is a bug:
    /// it is reported as one, with the details needed to file it.
    public static Func<ParseResult, CancellationToken, Task<int>> Guard(CliContext context, Func<ParseResult, CancellationToken, Task<int>> body) =>
        async (parse, ct) =>
        {
            try
            {
                return await body(parse, ct);
            }
            catch (MosaicException e)
            {
                await context.Error.WriteLineAsync("error: " + e.Message);
                return 1;
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                await context.Error.WriteLineAsync("Cancelled.");
                return 130;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                await context.Error.WriteLineAsync($"error: Mosaic failed unexpectedly ({e.GetType().Name}: {e.Message}). This is a bug; please report it with the command you ran.");
                await context.Error.WriteLineAsync(e.StackTrace);
                return 70;
            }
        };
}
