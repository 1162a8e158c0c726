using System.Globalization;
using System.Text.RegularExpressions;
using Mosaic.Domain;
using Mosaic.Permissions;
using Mosaic.Retrieval;
using Mosaic.Store;
using Mosaic.Team;

namespace Mosaic.Answering;

/// Answers from the team model before any search: who owns something, what was decided, when a ceremony is, what a
/// team word means, what someone is to do, and where a ticket stands. It answers only when a current fact (or the
/// ticket) clearly matches the question, and cites the items the facts came from; a replaced fact appears only as
/// history ("replaced the earlier choice, Stripe, on 22 Oct 2025"). Facts are read with the request's audience, so an
/// answer never rests on something one of its readers may not see. Anything else is left to retrieval (null).
/// The model answers only when it has caught up: with a learner it first learns what was written since (a bounded
/// slice, so a large queue after an import does not hold the question up), and while items still wait it leaves the
/// question to search rather than answer from facts a newer message may have replaced.
/// With a RoleFinder it also says who holds a Scrum role, configured or inferred, with the evidence.
public sealed partial class TeamAnswerer(IFacts facts, IBacklog backlog, FactPipeline? learner = null, RoleFinder? roles = null)
{
    private const int CatchUp = 500;

    public async Task<Answer?> AnswerAsync(string question, AccessContext access, CancellationToken ct = default)
    {
        if (learner is not null)
        {
            await learner.RunAsync(CatchUp, ct);
        }

        // One queued item is enough to know (a count would read the whole queue after an upgrade).
        if ((await facts.QueuedForFactsAsync(1, ct)).Count > 0)
        {
            return null;
        }

        if (Ticket().Match(question) is { Success: true } key && TicketStatus().IsMatch(question)
            && await backlog.GetAsync(key.Value.ToUpperInvariant(), access, 0, ct) is { } ticket)
        {
            return Status(ticket);
        }

        ScrumRole? role = roles is not null && WhoIsRole().Match(question) is { Success: true } r ? RoleNamed(r.Groups["role"].Value) : null;
        var kinds = KindsFor(question);
        if (kinds.Count == 0 && role is null)
        {
            return null;
        }

        var all = await facts.ListFactsAsync(null, access, ct);
        if (role is { } wanted)
        {
            var holders = (await roles!.ListAsync(all, access, ct)).Where(h => h.Role == wanted).ToList();
            return holders.Count == 0 ? null : Holders(wanted, holders);
        }

        if (kinds.Contains(FactKind.ActionItem) && ActionsOf(question, all) is { } actions)
        {
            return actions;
        }

        var asked = Terms.Stems(question);
        if (WhoKnows().Match(question) is { Success: true } knows)
        {
            // An owner is the first one to ask; otherwise whoever has answered questions on it.
            var owner = all.Where(f => f is { Kind: FactKind.Ownership, Current: true } && Covers(asked, f.Subject)).MaxBy(f => f.ValidFrom);
            return owner is not null ? Explain(owner, all)
                : ExpertFinder.Rank(all, knows.Groups["topic"].Value, 3) is { Count: > 0 } experts ? Experts(experts, knows.Groups["topic"].Value) : null;
        }

        var best = all
            .Where(f => f.Current && kinds.Contains(f.Kind) && f.Kind is not (FactKind.ActionItem or FactKind.Expertise) && Covers(asked, f.Subject))
            .Where(f => f.Kind != FactKind.Decision || DecisionCue().IsMatch(question) || (Terms.Stems(f.Subject).Count >= 2 && f.Subject != f.Value))
            .OrderByDescending(f => Terms.Stems(f.Subject).Count)
            .ThenByDescending(f => f.ValidFrom)
            .FirstOrDefault();
        return best is null ? null : Explain(best, all);
    }

    /// Which kinds of fact can answer the question's form: "who owns", "when is", "what does X mean", "what did we decide".
    private static HashSet<FactKind> KindsFor(string question)
    {
        var kinds = new HashSet<FactKind>();
        if (WhoOwns().IsMatch(question) || WhoKnows().IsMatch(question))
        {
            kinds.UnionWith([FactKind.Ownership, FactKind.Expertise]);
        }

        if (WhenIs().IsMatch(question))
        {
            kinds.UnionWith([FactKind.Rhythm, FactKind.Decision]);
        }

        if (WhatIs().IsMatch(question))
        {
            kinds.UnionWith([FactKind.Decision, FactKind.Term, FactKind.Rhythm]);
        }

        if (Supposed().IsMatch(question))
        {
            kinds.Add(FactKind.ActionItem);
        }

        return kinds;
    }

    /// Every content word of a short subject is in the question; two thirds of a longer one.
    private static bool Covers(HashSet<string> asked, string subject)
    {
        var words = Terms.Stems(subject);
        var found = words.Count(asked.Contains);
        return words.Count > 0 && (words.Count <= 2 ? found == words.Count : found * 3 >= words.Count * 2);
    }

    private static Answer Explain(FactView fact, IReadOnlyList<FactView> all)
    {
        var citations = new List<Citation> { new(1, fact.Source) };
        var lead = fact.Kind switch
        {
            FactKind.Ownership => $"{Handle(fact.Person) ?? fact.Value} owns {The(fact.Subject)}",
            FactKind.Term => $"“{fact.Subject}” means {fact.Value}",
            FactKind.Rhythm => $"{Capital(fact.Subject)}: {fact.Value}",
            _ => $"The current decision on {The(fact.Subject)}: {fact.Value}",
        };
        var lines = new List<string> { $"{lead} ({ExtractiveAnswerer.Attribution(fact.Source)}) [1]" };

        // The history of the subject, newest first: what this fact replaced, and what that replaced.
        var earlier = all.Where(f => f.ReplacedBy is not null && f.SubjectKey == fact.SubjectKey && f.Kind == fact.Kind).OrderByDescending(f => f.ValidFrom).Take(2);
        foreach (var old in earlier)
        {
            citations.Add(new Citation(citations.Count + 1, old.Source));
            var what = fact.Kind == FactKind.Ownership ? Handle(old.Person) ?? old.Value : old.Value;
            var when = all.FirstOrDefault(f => f.Id == old.ReplacedBy)?.ValidFrom ?? old.ValidUntil;
            lines.Add($"It replaced the earlier {(fact.Kind == FactKind.Ownership ? "owner" : "choice")}, {what} ({ExtractiveAnswerer.Attribution(old.Source)}), on {Day(when)} [{citations.Count}]");
        }

        return new Answer(string.Join("\n", lines), citations);
    }

    private static ScrumRole RoleNamed(string words) => words.ToLowerInvariant() switch
    {
        "po" or "product owner" => ScrumRole.ProductOwner,
        "sm" or "scrum master" => ScrumRole.ScrumMaster,
        _ => ScrumRole.Developer,
    };

    /// "@maya is the Product Owner (inferred: reported 132 backlog items; …)", citing the evidence's first items.
    private static Answer Holders(ScrumRole role, List<RoleHolder> holders)
    {
        var citations = new List<Citation>();
        var lines = holders.Select(h =>
        {
            var how = h.Configured ? "configured" : "inferred: " + string.Join("; ", h.Evidence.Take(2).Select(e => e.What));
            var cited = h.Evidence.SelectMany(e => e.Sources).Take(2).Select(source =>
            {
                citations.Add(new Citation(citations.Count + 1, source));
                return $"[{citations.Count}]";
            });
            var title = ScrumRoles.IsSingle(role) ? $"the {ScrumRoles.Title(role)}" : $"a {ScrumRoles.Title(role)}";
            return $"@{h.Person} is {title} ({how}) {string.Join("", cited)}".TrimEnd();
        });
        return new Answer(string.Join("\n", lines), citations);
    }

    /// "@priya has answered 3 questions about it", the best first, each with the answers it rests on.
    private static Answer Experts(IReadOnlyList<Expert> experts, string topic)
    {
        var citations = new List<Citation>();
        var lines = new List<string>();
        foreach (var expert in experts)
        {
            var cited = expert.Evidence.Take(2).Select(f =>
            {
                citations.Add(new Citation(citations.Count + 1, f.Source));
                return $"[{citations.Count}]";
            });
            var answers = expert.Answers == 1 ? "1 question" : $"{expert.Answers} questions";
            lines.Add($"{(lines.Count == 0 ? "" : "Also: ")}@{expert.Person} has answered {answers} about {FactText.Tidy(topic)} ({string.Join(", ", expert.Topics.Take(3))}) {string.Join("", cited)}");
        }

        return new Answer(string.Join("\n", lines), citations);
    }

    /// "What is @tom supposed to do?", "what are my action items?": the person's open items, soonest due first.
    private static Answer? ActionsOf(string question, IReadOnlyList<FactView> all)
    {
        var open = all.Where(f => f is { Kind: FactKind.ActionItem, Current: true, Status: ActionItemExtractor.Open, Person: not null }).ToList();
        var person = open.Select(f => f.Person!).Distinct(StringComparer.OrdinalIgnoreCase)
            .FirstOrDefault(p => Regex.IsMatch(question, $@"(?<![\w@])@?{Regex.Escape(p)}\b", RegexOptions.IgnoreCase));
        if (person is null)
        {
            return null;
        }

        var items = open.Where(f => string.Equals(f.Person, person, StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => f.Due ?? DateTimeOffset.MaxValue).ThenByDescending(f => f.ValidFrom).Take(5).ToList();
        var lines = items.Select((f, i) => $"• {f.Subject}{(f.Due is { } due ? $", due {Day(due)}" : "")} ({ExtractiveAnswerer.Attribution(f.Source)}) [{i + 1}]");
        return new Answer($"Open action items for @{person}:\n{string.Join("\n", lines)}", [.. items.Select((f, i) => new Citation(i + 1, f.Source))]);
    }

    private static Answer Status(BacklogItem ticket)
    {
        var who = ticket.Assignees.Count == 0 ? "unassigned" : "assigned to " + string.Join(", ", ticket.Assignees.Select(a => a.Handle is null ? a.Name : "@" + a.Handle));
        var since = ticket.History.Count > 0 ? $" since {Day(ticket.History[^1].Since)}" : "";
        var title = ticket.Item.Title is { } t ? $" ({t})" : "";
        return new Answer($"{ticket.Key}{title} is {ticket.Status ?? "without a status"}{since}, {who} [1]", [new Citation(1, ticket.Item)]);
    }

    private static string? Handle(string? person) => person is null ? null : "@" + person;

    /// "the payment provider", but "HBR-142" and "Phosphor" as they are.
    private static string The(string subject) => subject.Length > 0 && char.IsLower(subject[0]) ? "the " + subject : subject;

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Day(DateTimeOffset? at) => at?.ToString("d MMM yyyy", CultureInfo.InvariantCulture) ?? "a later date";

    [GeneratedRegex(@"\b[A-Z][A-Z0-9]+-\d+\b")]
    private static partial Regex Ticket();

    [GeneratedRegex(@"\b(?:status|state|done|closed|finished|resolved|open|progress|where\s+(?:is|does)|assigned|working\s+on)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TicketStatus();

    [GeneratedRegex(@"\bwho\b.*\b(?:owns?|owners?|responsible|in\s+charge|maintains|picked\s+up|talk\s+to|hand(?:ed)?\b.*\bover)\b|\bowner\s+of\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhoOwns();

    /// "Who is our Product Owner?", "who's the SM", "who are the developers?"
    [GeneratedRegex(@"\bwho(?:'s|\s+is|\s+are)\b.*?\b(?<role>product\s+owner|PO|scrum\s+master|SM|developers|devs)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhoIsRole();

    /// "Who knows about the furnace?", "who can help with Adyen webhooks", "who should I ask about fixtures?"
    [GeneratedRegex(@"\bwho\b.*?\b(?:knows?|can\s+help|could\s+help|is\s+(?:the|our|an?)\s+(?:expert|go-to)|should\s+I\s+ask|(?:do|can)\s+I\s+ask|to\s+ask)\b\s*(?:about|with|on|regarding|for)?\s*(?<topic>.+?)\s*\??\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex WhoKnows();

    [GeneratedRegex(@"\b(?:when|what\s+time|what\s+day|which\s+day|how\s+often)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhenIs();

    [GeneratedRegex(@"^\W*(?:what|which)\b|\bwhat\s+did\s+we\s+(?:decide|agree|pick|choose)|\bmean\b|\bstand\s+for\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhatIs();

    /// A decision named only by its choice ("Lisbon it is") answers only a question about deciding: "what's the
    /// confirmation number for my hotel in Lisbon?" is not one.
    [GeneratedRegex(@"\b(?:decide[ds]?|decision|agreed?|cho(?:ose|se|sen)|choice|pick(?:ed)?|settled?|going\s+with|go\s+with|using|use)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DecisionCue();

    [GeneratedRegex(@"\b(?:supposed\s+to|action\s+items?|to-?dos?|tasks?|promised?|committed\s+to|needs?\s+to\s+do|has\s+to\s+do)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Supposed();
}
