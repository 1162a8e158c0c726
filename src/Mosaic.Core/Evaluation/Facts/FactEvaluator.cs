using Mosaic.Domain;
using Mosaic.Permissions;
using Mosaic.Retrieval;
using Mosaic.Sample;
using Mosaic.Store;
using Mosaic.Team;

namespace Mosaic.Evaluation.Facts;

/// Scores the learned team model against the facts a sample states: precision (how many learned facts the truth
/// holds) and recall (how many stated facts were learned), per kind of fact.
/// Each fact is judged as the people who can see its item see it: a conversation's facts as its members see them, a
/// personal item's as its owner does. Which fact is current depends on the audience, and this is the audience the
/// item was written for.
/// Scrum roles are scored apart, as the (role, person) pairs RoleFinder infers for an audience everyone is in; role
/// facts themselves are only its evidence.
public sealed class FactEvaluator(IFacts facts, IDirectory directory, RoleFinder? roles = null)
{
    public const string RoleKind = "scrum role";

    /// Roles holds the sample's (role name, username) pairs; they are scored as seen in the conversation everyone is in.
    public async Task<FactReport> RunAsync(
        IReadOnlyList<FactTruth> truth, IReadOnlyList<(string Role, string Person)> roleTruth, AccessContext? everyone, CancellationToken ct = default)
    {
        var learned = (await LearnedAsync(ct)).Where(l => l.Fact.Kind != FactKind.Role).ToList();
        var kinds = truth.Select(t => t.Kind).Concat(learned.Select(f => FactKinds.Name(f.Fact.Kind))).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var scores = kinds.Select(kind => Score(kind, [.. truth.Where(t => t.Kind == kind)], [.. learned.Where(f => FactKinds.Name(f.Fact.Kind) == kind)])).ToList();
        if (roles is not null && everyone is not null && roleTruth.Count > 0)
        {
            var holders = await roles.ListAsync(await facts.ListFactsAsync(null, everyone, ct), everyone, ct);
            var found = holders.Select(h => (Role: ScrumRoles.Name(h.Role), h.Person)).Distinct().ToList();
            var missed = roleTruth.Where(t => !found.Contains(t)).Select(t => new FactTruth(RoleKind, "", t.Role, t.Person)).ToList();
            var unexpected = found.Where(f => !roleTruth.Contains(f)).Select(f => $"{f.Role}: {f.Person}").ToList();
            scores.Add(new FactKindScore(RoleKind, roleTruth.Count, found.Count, roleTruth.Count - missed.Count, missed, unexpected));
        }

        return new FactReport(scores);
    }

    private static FactKindScore Score(string kind, List<FactTruth> expected, List<Learned> learned)
    {
        var unmatched = learned.ToList();
        var missed = new List<FactTruth>();
        foreach (var truth in expected)
        {
            if (unmatched.FirstOrDefault(l => Matches(truth, l)) is { } match)
            {
                unmatched.Remove(match);
            }
            else
            {
                missed.Add(truth);
            }
        }

        return new FactKindScore(kind, expected.Count, learned.Count, expected.Count - missed.Count, missed, [.. unmatched.Select(Describe)]);
    }

    private static bool Matches(FactTruth truth, Learned learned)
    {
        var f = learned.Fact;
        return f.Source.Id == truth.Item
            && Terms.Stems(truth.About).IsSubsetOf(Terms.Stems(f.Subject + " " + f.Value))
            && (truth.Person is null || string.Equals(truth.Person, f.Person, StringComparison.OrdinalIgnoreCase))
            && (truth.Status is null || truth.Status == (f.Status ?? "open"))
            && (truth.Current is null || truth.Current == f.Current)
            && (truth.ReplacedBy is null || truth.ReplacedBy == learned.ReplacedByItem);
    }

    private static string Describe(Learned l) =>
        $"{l.Fact.Source.Id}: {l.Fact.Subject} = {l.Fact.Value}{(l.Fact.Person is null ? "" : " @" + l.Fact.Person)}{(l.Fact.Status is null ? "" : " [" + l.Fact.Status + "]")}"
        + (l.Fact.Current ? "" : $" (replaced by {l.ReplacedByItem})");

    /// Every fact, each from the view of its own item's audience.
    private async Task<List<Learned>> LearnedAsync(CancellationToken ct)
    {
        var people = await directory.ListPeopleAsync(null, ct);
        var views = new List<(AccessContext Access, Func<ItemView, bool> Own)>();
        var seen = new HashSet<long>();
        foreach (var person in people.Where(p => !p.IsBot))
        {
            views.Add((AccessContext.ForAsker(person.Id), i => i.Scope == ScopeKind.Personal && i.OwnerId == person.Id || i.Scope == ScopeKind.Workspace));
            foreach (var conversation in await directory.ListConversationsAsync(person.Id, ct))
            {
                if (conversation.IsMember && seen.Add(conversation.Id))
                {
                    views.Add((AccessContext.InConversation(person.Id, conversation.Id), i => i.ConversationId == conversation.Id));
                }
            }
        }

        var learned = new Dictionary<long, Learned>();
        foreach (var (access, own) in views)
        {
            var visible = await facts.ListFactsAsync(null, access, ct);
            var byId = visible.ToDictionary(f => f.Id);
            foreach (var fact in visible.Where(f => own(f.Source)))
            {
                learned.TryAdd(fact.Id, new Learned(fact, fact.ReplacedBy is { } later ? byId[later].Source.Id : null));
            }
        }

        return [.. learned.Values.OrderBy(l => l.Fact.Id)];
    }

    private sealed record Learned(FactView Fact, string? ReplacedByItem);
}
