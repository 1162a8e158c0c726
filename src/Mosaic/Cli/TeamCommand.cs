using System.CommandLine;
using Mosaic.Domain;
using Mosaic.Requests;
using Mosaic.Retrieval;
using Mosaic.Store;
using Mosaic.Team;
using Spectre.Console;

namespace Mosaic.Cli;

/// `mosaic team show --as PERSON [--in CHANNEL] [--json]`: what Mosaic has learned about how the team works, as the
/// viewer (or the conversation's members) may see it: current facts first, what they replaced as history, each with
/// the item it came from.
internal static class TeamCommand
{
    public static Command Create(CliContext context, Option<string?> db)
    {
        var viewer = CliOptions.As();
        var shownIn = CliOptions.In();
        var json = CliOptions.Json();
        var show = new Command("show", "The team profile: decisions and what they replaced, and more as Mosaic learns it") { viewer, shownIn, json };
        show.SetAction(MosaicCli.Guard(context, async (parse, ct) =>
        {
            await using var store = await CliContext.OpenExistingAsync(context.DatabasePath(parse.GetValue(db)), ct);
            // Whatever was written since the last run is learned first, so the profile is never behind the data.
            await FactPipeline.WithRules(store).RunAsync(ct);
            var request = await new RequestFactory(new NameResolver(store)).CreateAsync(parse.GetValue(viewer)!, parse.GetValue(shownIn), ct);
            var facts = await store.ListFactsAsync(null, request.Access, ct);
            var workspace = await store.GetWorkspaceAsync(ct);
            if (parse.GetValue(json))
            {
                await context.Out.WriteLineAsync(CliJson.Serialize(new { facts = facts.Select(f => Json(f, workspace)) }));
            }
            else
            {
                Print(context, request, facts);
            }

            return 0;
        }));

        return new Command("team", "What Mosaic has learned about how the team works") { show };
    }

    private static object Json(FactView f, WorkspaceInfo? workspace) => new
    {
        id = f.Id,
        kind = FactKinds.Name(f.Kind),
        subject = f.Subject,
        value = f.Value,
        person = f.Person,
        due = f.Due is { } due ? Time.Iso(due) : null,
        status = f.Status,
        current = f.Current,
        valid_from = Time.Iso(f.ValidFrom),
        valid_until = f.ValidUntil is { } until ? Time.Iso(until) : null,
        replaced_by = f.ReplacedBy,
        confidence = Math.Round(f.Confidence, 2),
        extractor = f.Extractor,
        source = SourceView.Of(f.Source, workspace),
    };

    private static void Print(CliContext context, Request request, IReadOnlyList<FactView> facts)
    {
        var console = context.Console;
        if (facts.Count == 0)
        {
            console.MarkupLine($"Nothing learned yet from what {Markup.Escape(request.AudienceLabel)} can see.");
            return;
        }

        foreach (var kind in facts.GroupBy(f => f.Kind).OrderBy(g => g.Key))
        {
            console.MarkupLine($"[bold]{Markup.Escape(Title(kind.Key))}[/]");
            foreach (var f in kind.Where(f => f.Current).OrderByDescending(f => f.ValidFrom))
            {
                var person = f.Person is null ? "" : $" (@{Markup.Escape(f.Person)})";
                var due = f.Due is { } d ? $" due {Time.Iso(d)[..10]}" : "";
                var status = f.Status is null ? "" : $" [[{Markup.Escape(f.Status)}]]";
                // An action item's value only repeats its task with the assignee, shown beside it anyway.
                var (subject, value) = f.Kind == FactKind.ActionItem || f.Subject.Equals(f.Value, StringComparison.OrdinalIgnoreCase)
                    ? ("", f.Kind == FactKind.ActionItem ? f.Subject : f.Value)
                    : (Markup.Escape(f.Subject) + ": ", f.Value);
                console.MarkupLine($"  {subject}[bold]{Markup.Escape(value)}[/]{person}{due}{status}  [grey]{Markup.Escape(f.Source.Id)}, {Time.Iso(f.ValidFrom)[..10]}[/]");
                foreach (var earlier in kind.Where(e => e.ReplacedBy is not null && e.SubjectKey == f.SubjectKey).OrderByDescending(e => e.ValidFrom))
                {
                    var when = earlier.ValidUntil is { } until ? Time.Iso(until)[..10] : "";
                    console.MarkupLine($"    [grey]replaced {Markup.Escape(earlier.Value)} on {when} ({Markup.Escape(earlier.Source.Id)})[/]");
                }
            }
        }

        console.MarkupLine($"[grey]From what {Markup.Escape(request.AudienceLabel)} can see. Each fact cites the item it was learned from.[/]");
    }

    private static string Title(FactKind kind) => kind switch
    {
        FactKind.Decision => "Decisions",
        FactKind.ActionItem => "Action items",
        FactKind.Ownership => "Owners",
        FactKind.Expertise => "Who knows what",
        FactKind.Term => "Vocabulary",
        FactKind.Rhythm => "Rhythms",
        FactKind.Role => "Roles",
        _ => kind.ToString(),
    };
}
