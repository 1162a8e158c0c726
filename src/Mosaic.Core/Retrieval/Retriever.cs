using Mosaic.Domain;
using Mosaic.Permissions;
using Mosaic.Store;

namespace Mosaic.Retrieval;

/// Lexical retrieval with thread context, for one audience:
/// 1. BM25 over the full-text index (any of the question's words), plus a second pass for the identifiers it
///    names (ticket keys, versions, quoted phrases), which a question is usually about;
/// 2. the threads of the best candidates join the pool, so a reply that answers a question asked in its root can rank;
/// 3. every candidate is scored by BM25 and by how much of the question it covers (its own words fully, its thread
///    root's words half), words weighted by how rare they are among the candidates;
/// 4. messages with the same text collapse into the best of them.
public sealed class Retriever(IContentStore store, NameResolver names)
{
    private const int ThreadsExpanded = 20;

    public async Task<RetrievalResult> RetrieveAsync(string text, Person asker, AccessContext access, RetrievalOptions options, CancellationToken ct = default)
    {
        var zone = ZoneOf(asker);
        var now = options.Now ?? await store.GetNewestTimeAsync(access, ct) ?? DateTimeOffset.UtcNow;
        var query = QueryParser.Parse(text, now, zone);
        long? authorId = query.Author is { } author ? (await names.PersonAsync(author, ct)).Id : null;
        long? conversationId = query.Conversation is { } conversation ? (await names.ConversationAsync(conversation, asker, ct)).Id : null;
        if (query.Terms.Count == 0 && authorId is null && conversationId is null && query.Time is null)
        {
            return new RetrievalResult(query, now, [], []);
        }

        SearchQuery Search(IReadOnlyList<string> terms, int limit) =>
            new(terms, limit, query.Time?.From, query.Time?.Until, authorId, conversationId);

        var poolSize = Math.Max(options.Limit * 10, 100);
        var hits = (await store.SearchAsync(Search(query.Terms, poolSize), access, ct)).ToList();
        if (hits.Count == 0 && query.Time is { Soonest: true, Until: null })
        {
            // "the next sync" with nothing ahead: what was said about it before is still the best answer.
            query = query with { Time = null };
            hits = (await store.SearchAsync(Search(query.Terms, poolSize), access, ct)).ToList();
        }

        if (hits.Count == 0 && query.Terms.Count > 0 && (query.Time is not null || authorId is not null || conversationId is not null))
        {
            // Nothing says the question's words in that place and time: what was said there then is the next best.
            hits = (await store.SearchAsync(Search([], options.Limit), access, ct)).ToList();
        }

        var focus = Relevance.FocusTerms(query.Terms);
        if (focus.Count > 0 && focus.Count < query.Terms.Count)
        {
            var known = hits.Select(h => h.Item.RowId).ToHashSet();
            hits.AddRange((await store.SearchAsync(Search(focus, poolSize / 2), access, ct)).Where(h => known.Add(h.Item.RowId)).Select(h => h with { Score = 0 }));
        }

        var threaded = hits.Where(h => h.Item.ThreadRef is not null).Select(h => h.Item).ToList();
        var around = threaded.Count == 0
            ? []
            : await store.GetThreadContextAsync(threaded.Take(ThreadsExpanded).ToList(), 2, access, ct);
        var roots = threaded.Count <= ThreadsExpanded
            ? around
            : [.. around, .. await store.GetThreadContextAsync(threaded.Skip(ThreadsExpanded).ToList(), 0, access, ct)];

        var ranked = Relevance.Rank(query, hits, around, roots, soonest: query.Time?.Soonest == true)
            .Where(h => InRange(h.Item, query, authorId, conversationId))
            .DistinctBy(h => Relevance.Normalise(h.Item.Text))
            .Take(options.Limit)
            .ToList();
        var context = options.ContextAround > 0 && ranked.Count > 0
            ? await store.GetThreadContextAsync(ranked.Select(h => h.Item).ToList(), options.ContextAround, access, ct)
            : [];
        return new RetrievalResult(query, now, ranked, context);
    }

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
