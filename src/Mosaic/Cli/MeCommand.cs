using System.CommandLine;
using System.Globalization;
using Mosaic.Domain;
using Mosaic.Requests;
using Mosaic.Store;
using Spectre.Console;

namespace Mosaic.Cli;

/// `mosaic me --as PERSON [--json]` and `mosaic me export --as PERSON [--out FILE]`: what Mosaic holds about a
/// person, by source and scope, and what derived data mentions them.
internal static class MeCommand
{
    public static Command Create(CliContext context, Option<string?> db)
    {
        var person = CliOptions.As();
        var json = CliOptions.Json();
        var command = new Command("me", "Show what Mosaic holds about you") { person, json };
        command.SetAction(MosaicCli.Guard(context, async (parse, ct) =>
        {
            await using var store = await CliContext.OpenExistingAsync(context.DatabasePath(parse.GetValue(db)), ct);
            var data = await CliContext.Control(store).MeAsync(parse.GetValue(person)!, ct);
            var tokens = await store.ListTokensAsync(data.Person.Id, ct);
            if (parse.GetValue(json))
            {
                await context.Out.WriteLineAsync(CliJson.Serialize(Export(data, tokens, await store.GetWorkspaceAsync(ct), full: false)));
            }
            else
            {
                Print(context, data, tokens);
            }

            return 0;
        }));

        var exportPerson = CliOptions.As();
        var output = new Option<string?>("--out") { Description = "Write to this file instead of standard output" };
        var export = new Command("export", "Write everything Mosaic holds about you as JSON") { exportPerson, output };
        export.SetAction(MosaicCli.Guard(context, async (parse, ct) =>
        {
            await using var store = await CliContext.OpenExistingAsync(context.DatabasePath(parse.GetValue(db)), ct);
            var data = await CliContext.Control(store).MeAsync(parse.GetValue(exportPerson)!, ct);
            var text = CliJson.Serialize(Export(data, await store.ListTokensAsync(data.Person.Id, ct), await store.GetWorkspaceAsync(ct), full: true));
            if (parse.GetValue(output) is { Length: > 0 } file)
            {
                await File.WriteAllTextAsync(file, text + "\n", ct);
                context.Console.MarkupLine($"Wrote everything Mosaic holds about {Markup.Escape(data.Person.Handle)} to {Markup.Escape(Path.GetFullPath(file))}.");
            }
            else
            {
                await context.Out.WriteLineAsync(text);
            }

            return 0;
        }));
        command.Subcommands.Add(export);
        return command;
    }

    private static object Export(PersonalData d, IReadOnlyList<ApiTokenView> tokens, WorkspaceInfo? workspace, bool full)
    {
        object Items(IReadOnlyList<ItemView> items) => full
            ? items.Select(i => new { item = SourceView.Of(i, workspace), title = i.Title })
            : items.GroupBy(i => i.Conversation ?? i.Source).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count());

        return new
        {
            person = new
            {
                id = d.Person.Id,
                handle = d.Person.Handle,
                display_name = d.Person.DisplayName,
                real_name = d.Person.RealName,
                title = d.Person.Title,
                time_zone = d.Person.TimeZone,
                identities = d.Person.Identities.Select(i => new { kind = i.Kind.ToString(), value = i.Value, origin = i.Origin, confidence = i.Confidence, visible_to = i.OwnerId is null ? "everyone" : "you" }),
            },
            personal_sources = d.Sources.Select(s => new { id = s.Id, kind = s.Kind, label = s.Label, added = Time.Iso(s.Added), items = s.Items }),
            personal_items = Items(d.PersonalItems),
            authored = Items(d.Authored),
            authored_in_conversations_you_left = d.AuthoredElsewhere,
            mentions = Items(d.Mentions),
            memberships = d.Memberships.Select(m => new { conversation = m.Conversation, kind = m.Kind, current = m.Current, left = m.Left is { } l ? Time.Iso(l) : null }),
            shares = d.Shares.Select(s => new { item = s.ItemId, conversation = s.Conversation, shared = Time.Iso(s.Shared), undone = s.Undone is { } u ? Time.Iso(u) : null }),
            shown_from_your_personal_slice = d.ShownFromSlice.Select(a => new { at = Time.Iso(a.At), action = a.Action, asker = a.Asker, shown_in = a.ShownIn, audience = a.Audience, items = a.Items }),
            requests_you_made = d.RequestsMade,
            api_tokens = tokens.Select(t => new
            {
                prefix = t.Prefix,
                label = t.Label,
                created = Time.Iso(t.Created),
                last_used = t.LastUsed is { } used ? Time.Iso(used) : null,
                revoked = t.Revoked is { } revoked ? Time.Iso(revoked) : null,
            }),
        };
    }

    private static void Print(CliContext context, PersonalData d, IReadOnlyList<ApiTokenView> tokens)
    {
        var c = context.Console;
        var p = d.Person;
        c.MarkupLine($"[bold]{Markup.Escape(p.Handle)}[/] {Markup.Escape(p.RealName ?? "")}{(p.Title is { Length: > 0 } t ? " — " + Markup.Escape(t) : "")}");
        foreach (var i in p.Identities)
        {
            c.MarkupLine($"  {i.Kind}: {Markup.Escape(i.Value)} [grey]({i.Origin}{(i.OwnerId is null ? ", everyone sees this link" : ", only you see this link")})[/]");
        }

        c.WriteLine();
        c.MarkupLine("[bold]Your personal slice[/] (only you see it)");
        if (d.Sources.Count == 0)
        {
            c.MarkupLine("  No personal sources. Add some: mosaic import mail|calendar|notes PATH --owner YOU");
        }

        foreach (var s in d.Sources)
        {
            c.MarkupLine($"  source {s.Id}: {s.Kind}, {Units.Count(s.Items)} items, from {Markup.Escape(s.Label)} (added {Time.Iso(s.Added)})");
        }

        c.WriteLine();
        c.MarkupLine("[bold]Conversations[/]");
        foreach (var group in d.Authored.GroupBy(i => i.Conversation ?? i.Source).OrderByDescending(g => g.Count()))
        {
            c.MarkupLine($"  {Markup.Escape(group.Key)}: {Units.Count(group.Count())} messages you wrote");
        }

        if (d.AuthoredElsewhere > 0)
        {
            c.MarkupLine($"  {Units.Count(d.AuthoredElsewhere)} more messages you wrote are in conversations you have left; they are held but not shown to you.");
        }

        var left = d.Memberships.Where(m => !m.Current).Select(m => m.Conversation).ToList();
        c.MarkupLine($"  Member of {d.Memberships.Count(m => m.Current)} conversations{(left.Count > 0 ? "; left " + Markup.Escape(string.Join(", ", left)) : "")}.");
        c.WriteLine();
        c.MarkupLine("[bold]What mentions you[/]");
        c.MarkupLine($"  {Units.Count(d.Mentions.Count)} items you can see mention or name you.");
        c.MarkupLine($"  {d.Shares.Count(s => s.Undone is null)} of your items are shared into conversations ({d.Shares.Count(s => s.Undone is not null)} shares taken back).");
        c.MarkupLine($"  Items from your personal slice were shown {d.ShownFromSlice.Count} time(s): mosaic audit --as {Markup.Escape(p.Handle)}");
        c.MarkupLine($"  You made {d.RequestsMade.ToString(CultureInfo.InvariantCulture)} search and ask requests (recorded without their words).");
        var live = tokens.Where(t => t.Revoked is null).Select(t => t.Prefix).ToList();
        c.MarkupLine(live.Count == 0
            ? "  No API tokens act as you."
            : $"  {live.Count} API token(s) act as you: {Markup.Escape(string.Join(", ", live))}. Revoke one: mosaic token revoke PREFIX");
        c.WriteLine();
        c.MarkupLine($"[grey]Everything, as JSON: mosaic me export --as {Markup.Escape(p.Handle)} --out me.json. Remove: mosaic forget --as {Markup.Escape(p.Handle)} --source ID | --personal | --item ID --yes[/]");
    }
}
