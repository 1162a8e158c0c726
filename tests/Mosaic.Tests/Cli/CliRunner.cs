using Mosaic.Cli;

namespace Mosaic.Tests.Cli;

/// Runs the real `mosaic` command line in-process and captures what it prints.
public static class CliRunner
{
    public sealed record Result(int ExitCode, string Out, string Error);

    public static Task<Result> RunAsync(IDictionary<string, string>? environment, params string[] args) => RunAsync(environment, CancellationToken.None, args);

    /// With a token that stands for Ctrl-C.
    public static async Task<Result> RunAsync(IDictionary<string, string>? environment, CancellationToken ct, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = CliContext.ForWriters(output, error, name => environment is not null && environment.TryGetValue(name, out var v) ? v : null);
        var code = await MosaicCli.RunAsync(args, context, ct);
        return new Result(code, output.ToString(), error.ToString());
    }

    public static Task<Result> RunAsync(params string[] args) => RunAsync(null, args);
}
