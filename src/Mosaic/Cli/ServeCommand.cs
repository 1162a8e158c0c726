using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Mosaic.Http;

namespace Mosaic.Cli;

/// `mosaic serve [--urls URL] [--config FILE]`: the HTTP server (Slack events, health) until stopped.
internal static class ServeCommand
{
    public static Command Create(CliContext context, Option<string?> db)
    {
        var urls = new Option<string?>("--urls") { Description = $"Where to listen (default {MosaicServer.DefaultUrls}; put a TLS proxy in front for Slack)" };
        var config = new Option<string?>("--config") { Description = "A settings file (default: mosaic.json in this folder, if there is one)" };
        var command = new Command("serve", "Serve Slack events and the HTTP API") { urls, config };
        command.SetAction(MosaicCli.Guard(context, async (parse, ct) =>
        {
            try
            {
                // --db beats Mosaic:Database in the settings, which beats $MOSAIC_DB and the default.
                var settings = parse.GetValue(db) is { Length: > 0 } given
                    ? new Dictionary<string, string?> { ["Mosaic:Database"] = Path.GetFullPath(given) }
                    : null;
                await using var app = await MosaicServer.BuildAsync(
                    context.DatabasePath(null), parse.GetValue(urls), parse.GetValue(config), settings, jsonLogs: !context.Interactive, ct: ct);
                await app.StartAsync(ct);
                await app.WaitForShutdownAsync(ct);
                return 0;
            }
            catch (OptionsValidationException e)
            {
                throw new MosaicException("the configuration is not valid:\n  " + string.Join("\n  ", e.Failures));
            }
            catch (FileNotFoundException e) when (parse.GetValue(config) is not null)
            {
                throw new MosaicException($"{Path.GetFullPath(parse.GetValue(config)!)}: no such settings file ({e.Message.TrimEnd('.')}).");
            }
            catch (IOException e) when (e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
                throw new MosaicException($"cannot listen on {parse.GetValue(urls) ?? MosaicServer.DefaultUrls}: the address is in use. Pick another with --urls.");
            }
        }));
        return command;
    }
}
