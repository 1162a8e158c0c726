using Mosaic.Answering;
using Mosaic.Requests;
using Mosaic.Retrieval;
using Mosaic.Team;
using Mosaic.Store.Sqlite;
using Spectre.Console;

namespace Mosaic.Cli;

/// Where the CLI writes and what it reads from its surroundings, so tests can run it in-process.
internal sealed class CliContext(TextWriter output, TextWriter error, IAnsiConsole console, bool interactive, Func<string, string?> environment)
{
    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    /// Human-readable output; plain text when not on a terminal.
    public IAnsiConsole Console { get; } = console;

    /// Whether live progress bars make sense (a terminal, not a pipe or a test).
    public bool Interactive { get; } = interactive;

    public static CliContext ForProcess()
    {
        var interactive = !System.Console.IsOutputRedirected && Environment.GetEnvironmentVariable("CI") is null;
        if (System.Console.IsOutputRedirected)
        {
            // A file or a pipe has no width; Spectre's 80-column fallback would fold wide tables into unreadable cells.
            AnsiConsole.Console.Profile.Width = 160;
        }

        return new CliContext(System.Console.Out, System.Console.Error, AnsiConsole.Console, interactive, Environment.GetEnvironmentVariable);
    }

    public static CliContext ForWriters(TextWriter output, TextWriter error, Func<string, string?>? environment = null)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 160;
        return new CliContext(output, error, console, false, environment ?? (_ => null));
    }

    /// An environment variable, as this process (or a test) sees it.
    public string? Variable(string name) => environment(name);

    /// --db, else $MOSAIC_DB, else mosaic.db in the user's data folder.
    public string DatabasePath(string? option)
    {
        if (!string.IsNullOrWhiteSpace(option))
        {
            return Path.GetFullPath(option);
        }

        if (environment("MOSAIC_DB") is { Length: > 0 } fromEnvironment)
        {
            return Path.GetFullPath(fromEnvironment);
        }

        return Path.Combine(DataFolder(), "mosaic.db");
    }

    public string DataFolder()
    {
        var root = environment("XDG_DATA_HOME") is { Length: > 0 } xdg
            ? xdg
            : Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);
        return Path.Combine(root, "mosaic");
    }

    /// Opens an existing database for reading; a missing one is an error that says how to make one.
    public static async Task<SqliteContentStore> OpenExistingAsync(string path, CancellationToken ct)
    {
        if (!File.Exists(path))
        {
            throw new MosaicException($"No Mosaic database at {path}. Import something first (mosaic import slack PATH --db {path}), or run ./mosaic demo.");
        }

        return await SqliteContentStore.OpenAsync(path, ct);
    }

    public static Control.PersonalControl Control(SqliteContentStore store) => new(store, store, store, store, store);

    public static (RequestFactory Requests, QueryService Queries) Services(SqliteContentStore store) =>
        (new RequestFactory(new NameResolver(store)), new QueryService(store, store, new ExtractiveAnswerer(), store, team: new TeamAnswerer(store, store, roles: new RoleFinder(store, store, store))));

    /// The shape of search and ask: open the database, resolve who asks and for whom, run, and print as JSON or by hand.
    public async Task<int> ServeAsync<T>(
        string? db, string asker, string? shownIn, bool json,
        Func<QueryService, Request, Task<T>> work, Action<CliContext, Request, T> render, CancellationToken ct, bool learnFirst = false)
    {
        await using var store = await OpenExistingAsync(DatabasePath(db), ct);
        var (requests, queries) = Services(store);
        var request = await requests.CreateAsync(asker, shownIn, ct);
        if (learnFirst)
        {
            // Answers use the team model first, so whatever was written since the last run is learned before.
            await LearnAsync(store, ct);
        }

        var response = await work(queries, request);
        if (json)
        {
            await Out.WriteLineAsync(CliJson.Serialize(response));
        }
        else
        {
            render(this, request, response);
        }

        return 0;
    }

    /// Learns whatever waits in the team model's queue, with a progress bar on a terminal when there is much (a store
    /// just upgraded or a large import), and a line per slice on stderr off a terminal when it will take a while.
    public async Task<int> LearnAsync(SqliteContentStore store, CancellationToken ct)
    {
        const int Slice = 2_000;
        var queued = await store.QueuedCountAsync(ct);
        if (queued == 0)
        {
            return 0;
        }

        var pipeline = FactPipeline.WithRules(store);
        return await ProgressView.RunAsync(this, "Learning the team model", async progress =>
        {
            var (learned, done) = (0, 0);
            for (var more = true; more;)
            {
                (var found, more) = await pipeline.RunAsync(Slice, ct);
                (learned, done) = (learned + found, Math.Min(queued, done + Slice));
                progress.Report(new Ingestion.ImportProgress(more ? done : queued, queued, more ? done : queued, null));
            }

            return learned;
        }, unit: "items", plain: queued > 50 * Slice);
    }
}
