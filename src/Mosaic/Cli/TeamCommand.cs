using System.CommandLine;
using Mosaic.Domain;
using Mosaic.Requests;
using Mosaic.Retrieval;
using Mosaic.Store;
using Mosaic.Team;
using Spectre.Console;

namespace Mosaic.Cli;

/// `mosaic team show --as PERSON [--in CHANNEL] [--json]`: what Mosaic has learned about how the team works, as the
/// viewer (or the conversation's members) may see it: people and their Scrum roles with the evidence, who answers
/// questions about what, then current facts first with what they replaced as history, each with the item it came from.
/// `mosaic team role set ROLE PERSON` and `mosaic team role clear ROLE [PERSON]` configure roles, which win over
/// inferred ones.
internal static class TeamCommand
{
    private const int TopicsShown = 5;

    private const int CitationsShown = 3;

    public static Command Create(CliContext context, Option<string?> db)
    {
        var viewer = CliOptions.As();
        var shownIn = CliOptions.In();
        var json = CliOptions.Json();
        var show = new Command("show", "The team profile: people and roles, who knows what, decisions and what they replaced, and more") { viewer, shownIn, json };
        show.SetAction(MosaicCli.Guard(context, async (parse, ct) =>
        {
            await using var store = await CliContext.OpenExistingAsync(context.DatabasePath(parse.GetValue(db)), ct);
            // Whatever was written since the last run is learned first, so the profile is never behind the data.
            await context.LearnAsync(store, ct);
            var request = await new RequestFactory(new NameResolver(store)).CreateAsync(parse.GetValue(viewer)!, parse.GetValue(shownIn), ct);
            var facts = await store.ListFactsAsync(null, request.Access, ct);
            var roles = await new RoleFinder(store, store, store).ListAsync(facts, request.Access, ct);
            var people = (await store.ListPeopleAsync(null, ct)).Where(p => !p.IsBot).ToList();
            var expertise = ExpertFinder.Profiles(facts, TopicsShown);
            var workspace = await store.GetWorkspaceAsync(ct);
            if (parse.GetValue(json))
            {
                await context.Out.WriteLineAsync(CliJson.Serialize(new
                {
                    people = people.Select(p => Json(p, roles, workspace)),
                    expertise = expertise.Select(e => Json(e, workspace)),
                    facts = facts.Select(f => Json(f, workspace)),
                }));
            }
            else
            {
                Print(context, request, people, roles, expertise, facts);
            }

            return 0;
        }));

        return new Command("team", "What Mosaic has learned about how the team works") { show, RoleCommand(context, db) };
    }

    /// Roles are kept in the database, so the CLI, `mosaic serve` and every other node that opens it agree.
    private static Command RoleCommand(CliContext context, Option<string?> db)
    {
        var setRole = new Argument<string>("role") { Description = "product-owner, scrum-master or developer (PO, SM and dev work too)" };
        var setPerson = new Argument<string>("person") { Description = "Who holds it: a username, name, email or Slack id" };
        var set = new Command("set", "Give a person a Scrum role; a Product Owner or Scrum Master replaces the one before") { setRole, setPerson };
        set.SetAction(MosaicCli.Guard(context, async (parse, ct) =>
        {
            var role = ScrumRoles.Parse(parse.GetValue(setRole)!);
            await using var store = await CliContext.OpenExistingAsync(context.DatabasePath(parse.GetValue(db)), ct);
            var person = await new NameResolver(store).PersonAsync(parse.GetValue(setPerson)!, ct);
            await store.SetRoleAsync(role, person.Id, ct);
            context.Console.MarkupLine($"@{Markup.Escape(person.Handle)} is {(ScrumRoles.IsSingle(role) ? "the" : "a")} {ScrumRoles.Title(role)} by configuration; "
                + $"inference no longer decides who {(ScrumRoles.IsSingle(role) ? "is" : "the Developers are")}. Undo with: mosaic team role clear {ScrumRoles.Name(role)} {Markup.Escape(person.Handle)}");
            return 0;
        }));

        var clearRole = new Argument<string>("role") { Description = "product-owner, scrum-master or developer" };
        var clearPerson = new Argument<string?>("person") { Description = "Whose role to clear; everyone's when left out", Arity = ArgumentArity.ZeroOrOne };
        var clear = new Command("clear", "Take a configured Scrum role away, so it is inferred again") { clearRole, clearPerson };
        clear.SetAction(MosaicCli.Guard(context, async (parse, ct) =>
        {
            var role = ScrumRoles.Parse(parse.GetValue(clearRole)!);
            await using var store = await CliContext.OpenExistingAsync(context.DatabasePath(parse.GetValue(db)), ct);
            var person = parse.GetValue(clearPerson) is { Length: > 0 } name ? await new NameResolver(store).PersonAsync(name, ct) : null;
            var cleared = await store.ClearRoleAsync(role, person?.Id, ct);
            var whose = person is null ? "anyone" : "@" + Markup.Escape(person.Handle);
            context.Console.MarkupLine(cleared == 0
                ? $"{ScrumRoles.Title(role)} was not configured for {whose}; nothing changed."
                : $"Cleared {ScrumRoles.Title(role)} for {(person is null ? $"{cleared} {(cleared == 1 ? "person" : "people")}" : whose)}; it is inferred again unless someone else is configured.");
            return 0;
        }));

        return new Command("role", "Configure Scrum roles (Product Owner, Scrum Master, Developers); configured roles win over inferred ones") { set, clear };
    }

    private static object Json(Person person, IReadOnlyList<RoleHolder> roles, WorkspaceInfo? workspace) => new
    {
        person = person.Handle,
        title = person.Title,
        roles = roles.Where(r => r.PersonId == person.Id).Select(r => new
        {
            role = ScrumRoles.Name(r.Role),
            configured = r.Configured,
            confidence = Math.Round(r.Confidence, 2),
            evidence = r.Evidence.Select(e => new { what = e.What, count = e.Count, sources = e.Sources.Select(s => SourceView.Of(s, workspace)) }),
        }),
    };

    private static object Json(ExpertiseProfile profile, WorkspaceInfo? workspace) => new
    {
        person = profile.Person,
        answers = profile.Answers,
        topics = profile.Topics.Select(t => new { topic = t.Topic, count = t.Count, sources = t.Evidence.Select(f => SourceView.Of(f.Source, workspace)) }),
    };

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

    private static void Print(
        CliContext context, Request request, IReadOnlyList<Person> people, IReadOnlyList<RoleHolder> roles, IReadOnlyList<ExpertiseProfile> expertise, IReadOnlyList<FactView> facts)
    {
        var console = context.Console;
        PrintRoles(context, people, roles);
        PrintExpertise(context, expertise);
        var listed = facts.Where(f => !FactKinds.IsEvidence(f.Kind)).ToList();
        if (listed.Count == 0 && expertise.Count == 0 && roles.All(r => r.Configured))
        {
            console.MarkupLine($"Nothing learned yet from what {Markup.Escape(request.AudienceLabel)} can see.");
            return;
        }

        foreach (var kind in listed.GroupBy(f => f.Kind).OrderBy(g => g.Key))
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

    /// Everyone with a role, each role configured or inferred with its evidence; then those with none.
    private static void PrintRoles(CliContext context, IReadOnlyList<Person> people, IReadOnlyList<RoleHolder> roles)
    {
        var console = context.Console;
        console.MarkupLine("[bold]People and roles[/]");
        foreach (var holder in roles)
        {
            var how = holder.Configured ? "configured" : $"inferred, confidence {holder.Confidence:0.00}";
            console.MarkupLine($"  @{Markup.Escape(holder.Person)}  [bold]{ScrumRoles.Title(holder.Role)}[/] ({how})");
            foreach (var e in holder.Evidence)
            {
                var cited = e.Sources.Count == 0 ? "" : $"  [grey]{Markup.Escape(string.Join(", ", e.Sources.Select(s => s.Id)))}{(e.Count > e.Sources.Count ? ", …" : "")}[/]";
                var count = e.Count > 1 && !e.What.StartsWith("reported", StringComparison.Ordinal) ? $" ({e.Count})" : "";
                console.MarkupLine($"      {Markup.Escape(e.What)}{count}{cited}");
            }
        }

        var without = people.Where(p => roles.All(r => r.PersonId != p.Id)).Select(p => "@" + p.Handle).ToList();
        if (without.Count > 0)
        {
            console.MarkupLine($"  [grey]No Scrum role found for {Markup.Escape(string.Join(", ", without))}.[/]");
        }
    }

    private static void PrintExpertise(CliContext context, IReadOnlyList<ExpertiseProfile> expertise)
    {
        if (expertise.Count == 0)
        {
            return;
        }

        var console = context.Console;
        console.MarkupLine("[bold]Expertise[/] [grey](who answers questions about what)[/]");
        foreach (var profile in expertise)
        {
            var topics = string.Join(", ", profile.Topics.Select(t => $"{t.Topic} ({t.Count})"));
            console.MarkupLine($"  @{Markup.Escape(profile.Person)}  {profile.Answers} {(profile.Answers == 1 ? "answer" : "answers")}: {Markup.Escape(topics)}");
            foreach (var topic in profile.Topics.Where(t => t.Count > 1).Take(2))
            {
                console.MarkupLine($"      [grey]{Markup.Escape(topic.Topic)}: {Markup.Escape(string.Join(", ", topic.Evidence.Take(CitationsShown).Select(f => f.Source.Id)))}[/]");
            }

            if (profile.Topics.All(t => t.Count == 1))
            {
                console.MarkupLine($"      [grey]{Markup.Escape(string.Join(", ", profile.Topics.SelectMany(t => t.Evidence).DistinctBy(f => f.Id).Take(CitationsShown).Select(f => f.Source.Id)))}[/]");
            }
        }
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
