using Mosaic.Domain;
using Mosaic.Permissions;
using Mosaic.Store;

namespace Mosaic.Retrieval;

/// Lexical retrieval with thread context, for one audience:
/// 1. BM25 over the full-text index (any of the question's words), plus a second pass for the identifiers it
///    names (ticket keys, versions, quoted phrases), which a question is usually about;
/// 2. the threads of the best candidates, and the messages just before and after them, join the pool, so a reply
///    that answers a question asked in its root, or the message after a matching question, can rank;
/// 3. every candidate is scored by BM25 and by how much of the question it covers (its own words fully, its thread
///    root's words half), words weighted by how rare they are among the candidates;
/// 4. messages with the same text collapse into the best of them.
public sealed class Retriever(IContentStore store, NameResolver names, RankingOptions? ranking = null)
{
    private readonly RankingOptions _ranking = ranking ?? RankingOptions.Default;

    public async Task<RetrievalResult> RetrieveAsync(string text, Person asker, AccessContext access, RetrievalOptions options, CancellationToken ct = default)
    {
        var zone = ZoneOf(asker);
        var now = options.Now ?? await store.GetNewestTimeAsync(access, ct) ?? DateTimeOffset.UtcNow;
        var query = QueryParser.Parse(text, now, zone);
        long? authorId = query.Author is { } author ? (await names.PersonAsync(author, ct)).Id : null;
        long? conversationId = query.Conversation is { } conversation ? (await names.ConversationAsync(conversation, asker, ct)).Id : null;
        if (query.Terms.Count == 0 && authorId is null && conversationId is null && query.Time is null && query.Preferred is null)
        {
            return new RetrievalResult(query, now, [], []);
        }

        SearchQuery Search(IReadOnlyList<string> terms, int limit, TimeRange? within = null)
        {
            var range = within is null ? query.Time : query.Time is null ? within : query.Time.Intersect(within);
            return new(terms, limit, range?.From, range?.Until, authorId, conversationId);
        }

        var poolSize = Math.Max(options.Limit * 10, 100);
        var hits = (await store.SearchAsync(Search(query.Terms, poolSize), access, ct)).ToList();
        var known = hits.Select(h => h.Item.RowId).ToHashSet();
        void Add(IEnumerable<SearchHit> more) => hits.AddRange(more.Where(h => known.Add(h.Item.RowId)));

        if (query.Preferred is { } preferred)
        {
            // The period the question names must be in the pool even when other periods match its words better;
            // when nothing there matches them, what was said there then is the next best thing.
            var inPeriod = await store.SearchAsync(Search(query.Terms, poolSize / 2, preferred), access, ct);
            Add(inPeriod.Count > 0 || preferred.Soonest ? inPeriod : Recap(await store.SearchAsync(Search([], options.Limit, preferred), access, ct)));
        }
        else if (hits.Count == 0 && query.Terms.Count > 0 && (query.Time is not null || authorId is not null || conversationId is not null))
        {
            Add(Recap(await store.SearchAsync(Search([], options.Limit), access, ct)));
        }

        var focus = Relevance.FocusTerms(query.Terms);
        if (focus.Count > 0 && focus.Count < query.Terms.Count)
        {
            Add((await store.SearchAsync(Search(focus, poolSize / 2), access, ct)).Select(h => h with { Score = 0 }));
        }

        var threaded = hits.Where(h => h.Item.ThreadRef is not null).Select(h => h.Item).ToList();
        var around = threaded.Count == 0
            ? []
            : await store.GetThreadContextAsync(threaded.Take(_ranking.Expanded).ToList(), 2, access, ct);
        var roots = threaded.Count <= _ranking.Expanded
            ? around
            : [.. around, .. await store.GetThreadContextAsync(threaded.Skip(_ranking.Expanded).ToList(), 0, access, ct)];
        var neighbours = hits.Count == 0
            ? []
            : await store.GetNeighboursAsync(
                hits.OrderByDescending(h => h.Score).Take(_ranking.Expanded).Select(h => h.Item).ToList(), _ranking.NeighboursBefore, _ranking.NeighboursAfter, access, ct);

        var ranked = Relevance.Rank(query, hits, around, roots, neighbours, _ranking)
            .Where(h => InRange(h.Item, query, authorId, conversationId))
            .DistinctBy(h => Relevance.Normalise(h.Item.Text))
            .Take(options.Limit)
            .ToList();
        var context = options.ContextAround > 0 && ranked.Count > 0
            ? await store.GetThreadContextAsync(ranked.Select(h => h.Item).ToList(), options.ContextAround, access, ct)
            : [];
        return new RetrievalResult(query, now, ranked, context);
    }

    /// Items found by place and time alone match no word; a trace of a score keeps them in the ranking, below any that do.
    private static IEnumerable<SearchHit> Recap(IEnumerable<SearchHit> hits) => hits.Select(h => h with { Score = 1e-6 });

    /// Thread context comes from outside the filters; a result must still meet them.
    private static bool InRange(ItemView item, ParsedQuery query, long? authorId, long? conversationId) =>
        (query.Time?.From is not { } from || item.Timestamp >= from)
        && (query.Time?.Until is not { } until || item.Timestamp < until)
        && (authorId is null || item.AuthorId == authorId)
        && (conversationId is null || item.ConversationId == conversationId);

    /// The asker's own time zone from their profile, for reading "yesterday" the way they mean it.
    public static TimeZoneInfo ZoneOf(Person person)
    {
        if (person.TimeZone is { Length: > 0 } id && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
        {
            return zone;
        }

        return TimeZoneInfo.Utc;
    }
}
