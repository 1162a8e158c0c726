using System.CommandLine;
using Mosaic.Domain;
using Mosaic.Permissions;
using Mosaic.Requests;
using Mosaic.Retrieval;
using Mosaic.Store;
using Mosaic.Store.Sqlite;
using Mosaic.Team;
using Spectre.Console;

namespace Mosaic.Cli;

/// `mosaic proposals --as PERSON [--all] [--json]`, `mosaic proposals accept ID --as PERSON` and
/// `mosaic proposals reject ID --as PERSON [--reason TEXT]`: Mosaic proposes, people decide. Listing first learns what
/// was written since the last run and brings proposals up to date with the facts; accept and reject decide exactly what
/// was listed, never something regenerated under the person's feet.
internal static class ProposalsCommand
{
    public static Command Create(CliContext context, Option<string?> db)
    {
        var viewer = CliOptions.As();
        var all = new Option<bool>("--all") { Description = "Also show proposals already accepted or rejected" };
        var json = CliOptions.Json();
        var proposals = new Command(
            "proposals",
            "What Mosaic proposes from what it learned: backlog items from open action items, decision records from decisions. " +
            "Nothing is written anywhere until someone accepts") { viewer, all, json };
        proposals.SetAction(MosaicCli.Guard(context, async (parse, ct) =>
        {
            await using var store = await CliContext.OpenExistingAsync(context.DatabasePath(parse.GetValue(db)), ct);
            // Proposals only matter when someone looks, so they are brought up to date here rather than on every pipeline
            // run (mosaic serve stays free of the work); the facts are caught up first, as team show does.
            await context.LearnAsync(store, ct);
            await store.RefreshProposalsAsync(ct);
            var request = await RequestAsync(store, parse.GetValue(viewer)!, ct);
            var listed = await store.ListProposalsAsync(parse.GetValue(all), request.Access, ct);
            if (parse.GetValue(json))
            {
                var workspace = await store.GetWorkspaceAsync(ct);
                await context.Out.WriteLineAsync(CliJson.Serialize(new { proposals = listed.Select(p => Json(p, workspace)) }));
            }
            else
            {
                Print(context, request, listed);
            }

            return 0;
        }));

        proposals.Subcommands.Add(Decide(
            context, db, accept: true,
            "Accept a proposal. A backlog item becomes MOS-n (To Do, assigned to the action item's person) in Mosaic's own backlog and " +
            "its message links to it; a decision record becomes a searchable item (source \"decisions\"). Either is visible to exactly " +
            "those who may see the message it came from. Nothing is sent to Jira, GitHub or Slack: an accepted backlog item can be " +
            "exported or handed to your tracker later"));
        proposals.Subcommands.Add(Decide(context, db, accept: false, "Reject a proposal for good: Mosaic will not propose the same fact again"));
        return proposals;
    }

    private static Command Decide(CliContext context, Option<string?> db, bool accept, string description)
    {
        var id = new Argument<long>("id") { Description = "The proposal's number, as `mosaic proposals` lists it" };
        var person = CliOptions.As();
        person.Description = "Who decides: a Slack user id, username, display name or email";
        var reason = new Option<string?>("--reason") { Description = "Why, kept with the decision" };
        var json = CliOptions.Json();
        var command = new Command(accept ? "accept" : "reject", description) { id, person, json };
        if (!accept)
        {
            command.Options.Add(reason);
        }

        command.SetAction(MosaicCli.Guard(context, async (parse, ct) =>
        {
            await using var store = await CliContext.OpenExistingAsync(context.DatabasePath(parse.GetValue(db)), ct);
            var request = await RequestAsync(store, parse.GetValue(person)!, ct);
            var decided = accept
                ? await store.AcceptProposalAsync(parse.GetValue(id), request.Access, ProposalRecords.For, ct)
                : await store.RejectProposalAsync(parse.GetValue(id), parse.GetValue(reason), request.Access, ct);
            if (parse.GetValue(json))
            {
                await context.Out.WriteLineAsync(CliJson.Serialize(new { proposal = Json(decided, await store.GetWorkspaceAsync(ct)) }));
                return 0;
            }

            var title = Markup.Escape(decided.Title);
            var result = Markup.Escape(decided.Decision?.ResultRef ?? "");
            context.Console.MarkupLine(decided switch
            {
                { Status: ProposalStatus.Rejected } => $"Rejected proposal {decided.Id}, \"{title}\"; Mosaic will not propose it again.",
                { Kind: ProposalKind.BacklogItem } =>
                    $"Accepted proposal {decided.Id}: [bold]{result}[/] \"{title}\" is in Mosaic's backlog, {ProposalRecords.BacklogStatus}" +
                    $"{(decided.Person is { } p ? $", assigned to @{Markup.Escape(p)}" : "")}, visible to {Markup.Escape(Audience(decided.Source))}. " +
                    "Nothing was sent to a tracker.",
                _ => $"Accepted proposal {decided.Id}: the decision record [bold]{Markup.Escape(decided.Decision?.ResultId ?? "")}[/] \"{title}\" " +
                     $"is searchable by {Markup.Escape(Audience(decided.Source))}.",
            });
            return 0;
        }));
        return command;
    }

    private static Task<Request> RequestAsync(SqliteContentStore store, string person, CancellationToken ct) =>
        new RequestFactory(new NameResolver(store)).CreateAsync(person, null, ct);

    private static object Json(ProposalView p, WorkspaceInfo? workspace) => new
    {
        id = p.Id,
        kind = ProposalNames.Name(p.Kind),
        status = ProposalNames.Name(p.Status),
        title = p.Title,
        subject = p.Subject,
        value = p.Value,
        person = p.Person,
        due = p.Due is { } due ? Time.Iso(due) : null,
        replaced = p.Replaced is { } r ? new { value = r.Value, since = Time.Iso(r.Since), source = r.SourceId } : null,
        proposed = Time.Iso(p.Proposed),
        decision = p.Decision is { } d
            ? new { by = d.By, at = Time.Iso(d.At), reason = d.Reason, result = d.ResultId, result_ref = d.ResultRef }
            : null,
        source = SourceView.Of(p.Source, workspace),
    };

    private static void Print(CliContext context, Request request, IReadOnlyList<ProposalView> proposals)
    {
        var console = context.Console;
        var pending = proposals.Where(p => p.Status == ProposalStatus.Pending).ToList();
        console.MarkupLine(pending.Count == 0
            ? $"No pending proposals from what {Markup.Escape(request.AudienceLabel)} can see."
            : $"[bold]Pending proposals[/] ({pending.Count}), from what {Markup.Escape(request.AudienceLabel)} can see:");
        foreach (var p in pending)
        {
            console.MarkupLine(Line(p));
        }

        var decided = proposals.Where(p => p.Decision is not null).ToList();
        if (decided.Count > 0)
        {
            console.MarkupLine($"[bold]Decided[/] ({decided.Count}):");
            foreach (var p in decided)
            {
                var d = p.Decision!;
                var outcome = $"{ProposalNames.Name(p.Status)}{(d.By is { } by ? $" by {by}" : "")} on {Time.Iso(d.At)[..10]}" +
                    (d.ResultId is { } made ? $" → {made}" : "") + (d.Reason is { } why ? $": {why}" : "");
                console.MarkupLine(Line(p));
                console.MarkupLine($"       {Markup.Escape(outcome)}");
            }
        }

        if (pending.Count > 0)
        {
            console.MarkupLine(
                "[grey]Decide with: mosaic proposals accept ID --as PERSON, or mosaic proposals reject ID --as PERSON [[--reason TEXT]]. " +
                "Accepting writes only inside Mosaic.[/]");
        }
    }

    private static string Line(ProposalView p)
    {
        var kind = p.Kind == ProposalKind.BacklogItem ? "backlog item   " : "decision record";
        var details = new List<string>();
        if (p.Person is { } person)
        {
            details.Add("@" + person);
        }

        if (p.Due is { } due)
        {
            details.Add("due " + Time.Iso(due)[..10]);
        }

        if (p.Replaced is { } replaced)
        {
            details.Add($"replaces {replaced.Value} (from {Time.Iso(replaced.Since)[..10]})");
        }

        var more = details.Count == 0 ? "" : "  " + Markup.Escape(string.Join(" · ", details));
        var where = p.Source.Conversation ?? (p.Source.Scope == ScopeKind.Personal ? "personal" : "workspace");
        return $"  [bold]{p.Id,3}[/]  {kind}  {Markup.Escape(p.Title)}{more}  [grey]{Markup.Escape($"{where}, {Time.Iso(p.Source.Timestamp)[..10]} · {p.Source.Id}")}[/]";
    }

    /// Who may see what accepting wrote: those who may see its source, named by where the source lives.
    private static string Audience(ItemView source) => source.Scope switch
    {
        ScopeKind.Conversation => $"the members of {source.Conversation}",
        ScopeKind.Personal => "its owner alone",
        _ => "the whole workspace",
    };
}
