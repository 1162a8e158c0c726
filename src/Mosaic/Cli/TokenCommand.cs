using System.CommandLine;
using Mosaic.Api;
using Mosaic.Domain;
using Mosaic.Retrieval;
using Mosaic.Store;
using Spectre.Console;

namespace Mosaic.Cli;

/// `mosaic token create --as PERSON [--label TEXT] [--json]`, `mosaic token list [--as PERSON] [--json]` and
/// `mosaic token revoke PREFIX`: the HTTP API's credentials. A token is shown once, when it is made.
internal static class TokenCommand
{
    public static Command Create(CliContext context, Option<string?> db)
    {
        var command = new Command("token", "Make, list and revoke API tokens for the HTTP API");

        var person = CliOptions.As();
        person.Description = "The person the token acts as: it sees what they see, and posts as them";
        var label = new Option<string?>("--label") { Description = "What the token is for (shown in lists)" };
        var json = CliOptions.Json();
        var create = new Command("create", "Make a token that acts as a person") { person, label, json };
        create.SetAction(MosaicCli.Guard(context, async (parse, ct) =>
        {
            await using var store = await CliContext.OpenExistingAsync(context.DatabasePath(parse.GetValue(db)), ct);
            var who = await new NameResolver(store).PersonAsync(parse.GetValue(person)!, ct);
            if (who.IsBot)
            {
                throw new MosaicException($"{who.Handle} is a bot; a token acts as a person.");
            }

            var (token, prefix, hash) = ApiToken.New();
            await store.AddTokenAsync(who.Id, prefix, hash, parse.GetValue(label), ct);
            if (parse.GetValue(json))
            {
                await context.Out.WriteLineAsync(CliJson.Serialize(new { token, prefix, person = who.Handle }));
            }
            else
            {
                await context.Out.WriteLineAsync(token);
                await context.Error.WriteLineAsync(
                    $"A token acting as {who.Handle} ({prefix}). It is shown only now: keep it like a password. Revoke it with: mosaic token revoke {prefix}");
            }

            return 0;
        }));

        var owner = new Option<string?>("--as") { Description = "Only this person's tokens" };
        var listJson = CliOptions.Json();
        var list = new Command("list", "List tokens (never the tokens themselves)") { owner, listJson };
        list.SetAction(MosaicCli.Guard(context, async (parse, ct) =>
        {
            await using var store = await CliContext.OpenExistingAsync(context.DatabasePath(parse.GetValue(db)), ct);
            long? personId = parse.GetValue(owner) is { } name ? (await new NameResolver(store).PersonAsync(name, ct)).Id : null;
            var tokens = await store.ListTokensAsync(personId, ct);
            if (parse.GetValue(listJson))
            {
                await context.Out.WriteLineAsync(CliJson.Serialize(new
                {
                    tokens = tokens.Select(t => new
                    {
                        prefix = t.Prefix,
                        person = t.Person,
                        label = t.Label,
                        created = Time.Iso(t.Created),
                        last_used = t.LastUsed is { } used ? Time.Iso(used) : null,
                        revoked = t.Revoked is { } revoked ? Time.Iso(revoked) : null,
                    }),
                }));
                return 0;
            }

            var table = new Table().AddColumns("token", "person", "label", "created", "last used", "revoked");
            foreach (var t in tokens)
            {
                table.AddRow(
                    Markup.Escape(t.Prefix + "_…"), Markup.Escape(t.Person), Markup.Escape(t.Label ?? ""), Time.Iso(t.Created),
                    t.LastUsed is { } used ? Time.Iso(used) : "never", t.Revoked is { } revoked ? Time.Iso(revoked) : "");
            }

            context.Console.Write(table);
            return 0;
        }));

        var prefixArgument = new Argument<string>("prefix") { Description = "The token's prefix (mos_xxxxxxxx), as `mosaic token list` shows it; the whole token works too" };
        var revoke = new Command("revoke", "Revoke a token at once") { prefixArgument };
        revoke.SetAction(MosaicCli.Guard(context, async (parse, ct) =>
        {
            var given = parse.GetValue(prefixArgument)!.Trim();
            var prefix = given.Length > 12 && given.StartsWith("mos_", StringComparison.Ordinal) ? given[..12] : given;
            await using var store = await CliContext.OpenExistingAsync(context.DatabasePath(parse.GetValue(db)), ct);
            if (!await store.RevokeTokenAsync(prefix, ct))
            {
                throw new MosaicException($"No live token {prefix}; `mosaic token list` shows them.");
            }

            context.Console.MarkupLine($"Revoked {Markup.Escape(prefix)}: requests with it are refused from now on.");
            return 0;
        }));

        command.Subcommands.Add(create);
        command.Subcommands.Add(list);
        command.Subcommands.Add(revoke);
        return command;
    }
}
