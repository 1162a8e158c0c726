using System.Text.RegularExpressions;
using Mosaic.Domain;
using Mosaic.Store;

namespace Mosaic.Retrieval;

/// How well items answer a question, beyond raw BM25. Word weights come from the candidates themselves (the
/// audience's own items), never from index-wide statistics, so ranking reveals nothing about items the audience
/// may not see.
public static partial class Relevance
{
    private const double Bm25Share = 0.35;
    private const double CoverageShare = 0.65;
    private const double FocusBonus = 0.25;
    private const double RootShare = 0.5;
    private const double PeriodBonus = 0.3;

    /// Identifiers in a question (ticket keys, words with digits): what the question is about.
    public static IReadOnlyList<string> FocusTerms(IReadOnlyList<string> terms) =>
        terms.Where(t => t.Any(char.IsAsciiDigit) && t.Any(char.IsLetter)).ToList();

    /// Scores hits and thread context together and returns them best first. Context items not found by the
    /// index get no BM25 share, only what they (and their root) cover of the question.
    /// Among equally good items the newest comes first, or the earliest when the question asks for the soonest.
    public static IEnumerable<SearchHit> Rank(
        ParsedQuery query, IReadOnlyList<SearchHit> hits, IReadOnlyList<ItemView> around, IReadOnlyList<ItemView> roots, IReadOnlyList<Neighbour> neighbours)
    {
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

        var stems = pool.ToDictionary(h => h.Item.RowId, h => Stems(h.Item));
        var rootStems = roots.Where(r => r.IsThreadRoot)
            .DistinctBy(r => (r.ConversationId, r.ThreadRef))
            .ToDictionary(r => (r.ConversationId, r.ThreadRef!), r => Stems(r));
        var wanted = query.Terms.Select(Terms.Stem).Distinct(StringComparer.Ordinal).ToList();
        var weights = Weights(wanted, stems.Values);
        var focus = FocusTerms(query.Terms).Select(Terms.Stem).ToList();
        var best = Math.Max(pool.Max(h => h.Score), 1e-9);

        var own = pool.ToDictionary(
            hit => hit.Item.RowId,
            hit =>
            {
                var mine = stems[hit.Item.RowId];
                var root = hit.Item.ThreadRef is { } thread && !hit.Item.IsThreadRoot
                    ? rootStems.GetValueOrDefault((hit.Item.ConversationId, thread))
                    : null;
                return Bm25Share * (hit.Score / best) + CoverageShare * Coverage(wanted, weights, mine, root) + (focus.Any(mine.Contains) ? FocusBonus : 0);
            });

        // What a message's neighbours score flows to it, most from a question just before it by someone else.
        var items = pool.ToDictionary(h => h.Item.RowId, h => h.Item);
        var flow = new Dictionary<long, double>();
        foreach (var n in neighbours)
        {
            if (items.TryGetValue(n.AnchorRowId, out var anchor))
            {
                flow[n.Item.RowId] = Math.Max(flow.GetValueOrDefault(n.Item.RowId), own[anchor.RowId] * Flow(anchor, n.Item, n.Offset));
            }
        }

        double Period(ItemView item) => query.Preferred is { } p && (p.From is null || item.Timestamp >= p.From) && (p.Until is null || item.Timestamp < p.Until) ? PeriodBonus : 0;

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

    /// How much of a message's relevance reaches a neighbour: the reply right after a question by someone else is
    /// most likely its answer.
    private static double Flow(ItemView anchor, ItemView item, int offset)
    {
        var answers = IsQuestion(anchor) && anchor.AuthorId != item.AuthorId;
        return offset switch
        {
            1 => answers ? 0.7 : 0.35,
            2 => answers ? 0.3 : 0.15,
            -1 => 0.25,
            _ => 0.1,
        };
    }

    private static bool IsQuestion(ItemView item) => item.Text.Contains('?', StringComparison.Ordinal);

    /// The weighted share of the question's words an item has; words only its thread root has count half.
    public static double Coverage(IReadOnlyList<string> wanted, IReadOnlyDictionary<string, double> weights, HashSet<string> own, HashSet<string>? root)
    {
        double have = 0, total = 0;
        foreach (var word in wanted)
        {
            var w = weights[word];
            total += w;
            have += own.Contains(word) ? w : root is not null && root.Contains(word) ? RootShare * w : 0;
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
    public static HashSet<string> Stems(ItemView item)
    {
        var stems = Terms.Stems(Shortcode().Replace(item.Text, " "));
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
