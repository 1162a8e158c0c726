using Mosaic.Permissions;
using Mosaic.Retrieval;
using Mosaic.Store;

namespace Mosaic.Team;

/// Answers "who knows about X?" from expertise facts (ExpertiseExtractor: who answered which questions in threads).
///
///     var experts = await new ExpertFinder(store).WhoKnowsAsync("postgres connection pool", request.Access, ct: ct);
///     // experts[0].Person, .Score, .Answers, .Topics; cite experts[0].Evidence[i].Source
///
/// Only facts the audience may see count, so an answer in a private channel never makes its author an expert in
/// public. A fact matches when the topic's words (stemmed, as FactSubject.Key does) occur in the question it answered,
/// or, counting half, only in the answer itself; rarer words weigh more (rarity among the audience's expertise facts).
/// A fact is kept when the words it matches carry at least half the topic's weight. A person's score sums, per
/// thread, the best match times its confidence, so answering many questions on a topic beats one lucky answer, and
/// one long thread counts once.
public sealed class ExpertFinder(IFacts facts)
{
    private const double MinCoverage = 0.5;

    private const int EvidencePerExpert = 3;

    /// Who knows about the topic, best first, at most max people; empty when nobody the audience may see answered.
    public async Task<IReadOnlyList<Expert>> WhoKnowsAsync(string topic, AccessContext access, int max = 5, CancellationToken ct = default) =>
        Rank(await facts.ListFactsAsync(FactKind.Expertise, access, ct), topic, max);

    /// WhoKnowsAsync's ranking over facts a caller already holds: they must be the ones its audience may see
    /// (IFacts.ListFactsAsync). Facts of other kinds are ignored.
    public static IReadOnlyList<Expert> Rank(IEnumerable<FactView> visible, string topic, int max = 5)
    {
        var expertise = visible.Where(f => f is { Kind: FactKind.Expertise, PersonId: not null }).ToList();
        var wanted = Terms.StemsOf(topic).Where(s => !Asking.Contains(s)).Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0 || expertise.Count == 0)
        {
            return [];
        }

        var stems = expertise.ToDictionary(f => f.Id, f => (Subject: SubjectStems(f), Answer: Terms.StemsOf(f.Value).ToHashSet(StringComparer.Ordinal)));
        var rarity = wanted.ToDictionary(w => w, w => Math.Log(1 + (double)expertise.Count / (1 + stems.Values.Count(s => s.Subject.Contains(w) || s.Answer.Contains(w)))));
        var total = wanted.Sum(w => rarity[w]);
        var matches = new List<(FactView Fact, double Score)>();
        foreach (var fact in expertise)
        {
            var (subject, answer) = stems[fact.Id];
            var inSubject = wanted.Where(subject.Contains).Sum(w => rarity[w]);
            var inAnswerOnly = wanted.Where(w => !subject.Contains(w) && answer.Contains(w)).Sum(w => rarity[w]);
            if ((inSubject + inAnswerOnly) / total >= MinCoverage)
            {
                matches.Add((fact, (inSubject + inAnswerOnly / 2) / total * fact.Confidence));
            }
        }

        return
        [
            .. matches
                .GroupBy(m => m.Fact.PersonId!.Value)
                .Select(person =>
                {
                    var best = person.OrderByDescending(m => m.Score).ThenByDescending(m => m.Fact.ValidFrom).ToList();
                    var score = best.GroupBy(m => Thread(m.Fact)).Sum(thread => thread.Max(m => m.Score));
                    return new Expert(
                        person.Key, best[0].Fact.Person ?? $"person {person.Key}", Math.Round(score, 3), best.Count,
                        [.. best.Select(m => m.Fact.Subject).Distinct(StringComparer.OrdinalIgnoreCase)],
                        [.. best.Take(EvidencePerExpert).Select(m => m.Fact)]);
                })
                .OrderByDescending(e => e.Score)
                .ThenByDescending(e => e.Answers)
                .ThenBy(e => e.Person, StringComparer.OrdinalIgnoreCase)
                .Take(max),
        ];
    }

    /// Everyone's expertise as facts a caller holds show it (the audience's, as for Rank): per person, how many answers
    /// and what about. Answers to like questions (sharing half the words of the longer topic, or more) make one topic, named by the
    /// words they all share ("service health endpoint" for "notifications service health endpoint" and "sync service
    /// health endpoint"). Topics rank by their answers' confidence summed, weighed down when everyone answers about
    /// them (the team's everyday words). People with most answers first.
    public static IReadOnlyList<ExpertiseProfile> Profiles(IEnumerable<FactView> visible, int topics = 5)
    {
        var people = visible.Where(f => f is { Kind: FactKind.Expertise, PersonId: not null }).GroupBy(f => f.PersonId!.Value).ToList();
        var words = people.SelectMany(p => p).ToDictionary(f => f.Id, WordsOf);
        var spread = people
            .SelectMany(p => p.SelectMany(f => words[f.Id]).Select(w => (w.Stem, Person: p.Key)).Distinct())
            .GroupBy(x => x.Stem, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Math.Log(1 + ((double)people.Count / g.Count())), StringComparer.Ordinal);
        return
        [
            .. people
                .Select(person => new ExpertiseProfile(person.Key, person.First().Person ?? $"person {person.Key}", person.Count(), TopicsOf([.. person], words, spread, topics)))
                .OrderByDescending(p => p.Answers)
                .ThenBy(p => p.Person, StringComparer.OrdinalIgnoreCase),
        ];
    }

    /// An answer's topic as (stem, word) pairs in order, a stem once.
    private static List<(string Stem, string Word)> WordsOf(FactView answer) =>
        [.. answer.Subject.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => (Stem: Terms.StemsOf(w).FirstOrDefault() ?? w, Word: w)).DistinctBy(w => w.Stem)];

    private static List<ExpertTopic> TopicsOf(
        List<FactView> answers, Dictionary<long, List<(string Stem, string Word)>> words, Dictionary<string, double> spread, int max)
    {
        // Newest first, so a topic is named in the words of its latest question.
        var groups = new List<(List<(string Stem, string Word)> Shared, List<FactView> Answers)>();
        foreach (var answer in answers.OrderByDescending(f => f.ValidFrom).ThenByDescending(f => f.Id))
        {
            var own = words[answer.Id];
            var stems = own.Select(w => w.Stem).ToHashSet(StringComparer.Ordinal);
            var group = groups.FindIndex(g => g.Shared.Count(w => stems.Contains(w.Stem)) * 2 >= Math.Max(g.Shared.Count, stems.Count));
            if (group < 0)
            {
                groups.Add((own, [answer]));
            }
            else
            {
                groups[group] = ([.. groups[group].Shared.Where(w => stems.Contains(w.Stem))], [.. groups[group].Answers, answer]);
            }
        }

        return
        [
            .. groups
                .Select((g, i) => (g, i, Weight: g.Answers.Sum(f => f.Confidence) * g.Shared.Average(w => spread[w.Stem])))
                .OrderByDescending(x => x.Weight)
                .ThenBy(x => x.i)
                .Take(max)
                .Select(x => new ExpertTopic(string.Join(' ', x.g.Shared.Select(w => w.Word)), x.g.Answers.Count, x.g.Answers)),
        ];
    }

    private static HashSet<string> SubjectStems(FactView fact) => fact.SubjectKey.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);

    private static (long?, string) Thread(FactView fact) => (fact.Source.ConversationId, fact.Source.ThreadRef ?? fact.Source.Ref);

    /// Words a question about expertise asks with, which say nothing of the topic ("who is an expert on …").
    private static readonly HashSet<string> Asking =
        Terms.StemsOf("expert expertise experts familiar help question questions ask talk person best knowledge experience understand answer").ToHashSet(StringComparer.Ordinal);
}
