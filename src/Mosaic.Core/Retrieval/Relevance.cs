using System.Text.RegularExpressions;
using Mosaic.Domain;
using Mosaic.Store;

namespace Mosaic.Retrieval;

/// How well items answer a question, beyond raw BM25. Word weights come from the candidates themselves (the
/// audience's own items), never from index-wide statistics, so ranking reveals nothing about items the audience
/// may not see.
public static partial class Relevance
{

    /// Identifiers in a question (ticket keys, words with digits): what the question is about.
    public static IReadOnlyList<string> FocusTerms(IReadOnlyList<string> terms) =>
        terms.Where(t => t.Any(char.IsAsciiDigit) && t.Any(char.IsLetter)).ToList();

    /// Scores hits and thread context together and returns them best first. Context items not found by the
    /// index get no BM25 share, only what they (and their root) cover of the question.
    /// Among equally good items the newest comes first, or the earliest when the question asks for the soonest.
    public static IEnumerable<SearchHit> Rank(
        ParsedQuery query, IReadOnlyList<SearchHit> hits, IReadOnlyList<ItemView> around, IReadOnlyList<ItemView> roots, IReadOnlyList<Neighbour> neighbours,
        RankingOptions? options = null)
    {
        var o = options ?? RankingOptions.Default;
        var soonest = query.Preferred?.Soonest == true;
        if (query.Terms.Count == 0)
        {
            return soonest ? hits.OrderBy(h => h.Item.Timestamp) : hits;
        }

        var pool = hits.Concat(around.Concat(neighbours.Select(n => n.Item)).Select(i => new SearchHit(i, 0))).DistinctBy(h => h.Item.RowId).ToList();
        if (pool.Count == 0)
        {
            return [];
        }

        var ordered = pool.ToDictionary(h => h.Item.RowId, h => OrderedStems(h.Item.Text));
        var stems = pool.ToDictionary(h => h.Item.RowId, h => WithAuthor(ordered[h.Item.RowId].ToHashSet(StringComparer.Ordinal), h.Item));
        var rootStems = roots.Where(r => r.IsThreadRoot)
            .DistinctBy(r => (r.ConversationId, r.ThreadRef))
            .ToDictionary(r => (r.ConversationId, r.ThreadRef!), r => Stems(r));
        var wanted = query.Terms.Select(Terms.Stem).Distinct(StringComparer.Ordinal).ToList();
        var weights = Weights(wanted, stems.Values);
        var focus = FocusTerms(query.Terms).Select(Terms.Stem).ToList();
        var best = Math.Max(pool.Max(h => h.Score), 1e-9);

        var cue = o.CueBonus > 0 ? QuestionKinds.Cue(QuestionKinds.Of(query.Text)) : null;
        var named = query.Terms.ToHashSet(StringComparer.Ordinal);
        var pairs = o.PhraseBonus > 0 ? Pairs(query.Terms.Select(Terms.Stem).ToList()) : [];
        var previous = neighbours.Where(n => n.Offset == -1).GroupBy(n => n.AnchorRowId).ToDictionary(g => g.Key, g => stems.GetValueOrDefault(g.First().Item.RowId));
        var next = neighbours.Where(n => n.Offset == 1).GroupBy(n => n.AnchorRowId).ToDictionary(g => g.Key, g => stems.GetValueOrDefault(g.First().Item.RowId));
        var own = pool.ToDictionary(
            hit => hit.Item.RowId,
            hit =>
            {
                var mine = stems[hit.Item.RowId];
                var root = hit.Item.ThreadRef is { } thread && !hit.Item.IsThreadRoot
                    ? rootStems.GetValueOrDefault((hit.Item.ConversationId, thread))
                    : null;
                var coverage = Coverage(wanted, weights, mine, root, o.RootShare);
                if (o.WindowPrevious + o.WindowNext > 0)
                {
                    coverage = Math.Max(coverage, WindowCoverage(wanted, weights, mine, previous.GetValueOrDefault(hit.Item.RowId), next.GetValueOrDefault(hit.Item.RowId), o));
                }

                var byNamed = hit.Item.Author is { } author && named.Contains(author.ToLowerInvariant());
                return o.Bm25Share * (hit.Score / best) + o.CoverageShare * coverage + (focus.Any(mine.Contains) ? o.FocusBonus : 0)
                    + (coverage > 0 && byNamed ? o.AuthorBonus : 0)
                    - (hit.Item.Text.TrimEnd().EndsWith('?') ? o.QuestionPenalty : 0)
                    + (pairs.Count > 0 && coverage > 0 ? o.PhraseBonus * pairs.Count(Pairs(ordered[hit.Item.RowId]).Contains) / pairs.Count : 0)
                    + (coverage > 0 && cue is not null && cue.IsMatch(hit.Item.Text) ? o.CueBonus : 0);
            });

        // What a message's neighbours score flows to it, most from a question just before it by someone else.
        var items = pool.ToDictionary(h => h.Item.RowId, h => h.Item);
        var flow = new Dictionary<long, double>();
        foreach (var n in neighbours)
        {
            if (items.TryGetValue(n.AnchorRowId, out var anchor))
            {
                flow[n.Item.RowId] = Math.Max(flow.GetValueOrDefault(n.Item.RowId), own[anchor.RowId] * Flow(anchor, n.Item, n.Offset, o));
            }
        }

        double Period(ItemView item) => query.Preferred is { } p && (p.From is null || item.Timestamp >= p.From) && (p.Until is null || item.Timestamp < p.Until) ? o.PeriodBonus : 0;

        return pool
            .Select(hit =>
            {
                var relevance = own[hit.Item.RowId] + flow.GetValueOrDefault(hit.Item.RowId);
                return hit with { Score = Math.Round((relevance + Period(hit.Item)) * 10, 4) };
            })
            .Where(h => h.Score > 0)
            .OrderByDescending(h => h.Score)
            .ThenBy(h => soonest ? h.Item.Timestamp.UtcTicks : -h.Item.Timestamp.UtcTicks);
    }

    private static HashSet<(string, string)> Pairs(IReadOnlyList<string> stems) =>
        stems.Zip(stems.Skip(1)).Select(p => (p.First, p.Second)).ToHashSet();

    /// How much of a message's relevance reaches a neighbour: the reply right after a question by someone else is
    /// most likely its answer.
    private static double Flow(ItemView anchor, ItemView item, int offset, RankingOptions o)
    {
        var answers = IsQuestion(anchor) && anchor.AuthorId != item.AuthorId;
        return offset switch
        {
            1 => answers ? o.FlowAnswer : o.FlowNext,
            2 => answers ? o.FlowSecondAnswer : o.FlowSecond,
            -1 => o.FlowPrevious,
            _ => o.FlowFar,
        };
    }

    private static bool IsQuestion(ItemView item) => item.Text.Contains('?', StringComparison.Ordinal);

    /// Coverage of the question by a message together with the messages around it, theirs at a discount.
    private static double WindowCoverage(IReadOnlyList<string> wanted, Dictionary<string, double> weights, HashSet<string> own, HashSet<string>? before, HashSet<string>? after, RankingOptions o)
    {
        double have = 0, total = 0;
        foreach (var word in wanted)
        {
            var w = weights[word];
            total += w;
            have += own.Contains(word) ? w
                : before is not null && before.Contains(word) ? o.WindowPrevious * w
                : after is not null && after.Contains(word) ? o.WindowNext * w
                : 0;
        }

        return total > 0 ? have / total : 0;
    }

    /// The weighted share of the question's words an item has; words only its thread root has count half.
    public static double Coverage(IReadOnlyList<string> wanted, IReadOnlyDictionary<string, double> weights, HashSet<string> own, HashSet<string>? root, double rootShare = 0.5)
    {
        double have = 0, total = 0;
        foreach (var word in wanted)
        {
            var w = weights[word];
            total += w;
            have += own.Contains(word) ? w : root is not null && root.Contains(word) ? rootShare * w : 0;
        }

        return total > 0 ? have / total : 0;
    }

    /// A word shared by most candidates tells little; a word few of them have tells a lot.
    public static Dictionary<string, double> Weights(IReadOnlyList<string> wanted, IEnumerable<HashSet<string>> documents)
    {
        var docs = documents.ToList();
        return wanted.ToDictionary(
            w => w,
            w => 1 + Math.Log(1 + docs.Count / (1.0 + docs.Count(d => d.Contains(w)))),
            StringComparer.Ordinal);
    }

    /// The stems of what a message says, leaving out emoji shortcodes, which name pictures rather than topics,
    /// plus its author's handle: "what did Tom say" is answered by what tom wrote.
    public static HashSet<string> Stems(ItemView item) => WithAuthor(OrderedStems(item.Text).ToHashSet(StringComparer.Ordinal), item);

    /// The stems of what a text says, in order, leaving out emoji shortcodes, which name pictures rather than topics.
    private static List<string> OrderedStems(string text) => Terms.StemsOf(text.Contains(':', StringComparison.Ordinal) ? Shortcode().Replace(text, " ") : text);

    /// An item's stems count its author's handle too: "what did Tom say" is answered by what tom wrote.
    private static HashSet<string> WithAuthor(HashSet<string> stems, ItemView item)
    {
        if (item.Author is { Length: > 0 } author)
        {
            stems.Add(Terms.Stem(author.ToLowerInvariant()));
        }

        return stems;
    }

    /// Text compared for sameness: case, spacing and punctuation at the ends do not count.
    public static string Normalise(string text) => Whitespace().Replace(text, " ").Trim().Trim('.', '!', '?', ' ').ToLowerInvariant();

    [GeneratedRegex(@":[a-z0-9_+\-]{1,64}:")]
    private static partial Regex Shortcode();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
