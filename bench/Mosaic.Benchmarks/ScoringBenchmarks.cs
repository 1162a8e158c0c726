using BenchmarkDotNet.Attributes;
using Mosaic.Domain;
using Mosaic.Evaluation.Scale;
using Mosaic.Permissions;
using Mosaic.Retrieval;
using Mosaic.Store;
using Mosaic.Store.Sqlite;

namespace Mosaic.Benchmarks;

/// Re-ranking one query's candidates (the index's best 100, with thread context and neighbours of the best 30,
/// as search gathers them) on a 20,000-message synthetic workspace.
public class ScoringBenchmarks
{
    private ParsedQuery _query = null!;
    private IReadOnlyList<SearchHit> _hits = [];
    private IReadOnlyList<ItemView> _around = [];
    private IReadOnlyList<Neighbour> _neighbours = [];

    [Params(1, 3)]
    public int Words { get; set; }

    [GlobalSetup]
    public void Setup() => Task.Run(async () =>
    {
        await using var store = await SqliteContentStore.OpenAsync(Corpus.ScaleDatabase);
        var asker = (await new NameResolver(store).PersonAsync(ScaleWorkspace.PersonName(0))).Id;
        var access = AccessContext.ForAsker(asker);
        var text = string.Join(' ', Corpus.QueryTerms(11, Words));
        _query = QueryParser.Parse(text, DateTimeOffset.UtcNow, TimeZoneInfo.Utc);
        _hits = await store.SearchAsync(new SearchQuery(_query.Terms, 100, null, null, null, null), access);
        var best = _hits.OrderByDescending(h => h.Score).Take(RankingOptions.Default.Expanded).Select(h => h.Item).ToList();
        _around = await store.GetThreadContextAsync([.. best.Where(i => i.ThreadRef is not null)], 2, access);
        _neighbours = await store.GetNeighboursAsync(best, RankingOptions.Default.NeighboursBefore, RankingOptions.Default.NeighboursAfter, access);
    }).GetAwaiter().GetResult();

    /// The least a re-ranker does: stem each hit once and order by how many of the question's words it holds.
    /// What Rank costs beyond this is the price of its context, cues and phrases.
    [Benchmark(Baseline = true)]
    public int CoverageOnly()
    {
        var wanted = _query.Terms.Select(Terms.Stem).ToHashSet(StringComparer.Ordinal);
        return _hits.OrderByDescending(h => Terms.Stems(h.Item.Text).Count(wanted.Contains)).ThenByDescending(h => h.Score).Take(10).ToList().Count;
    }

    /// Mosaic's ranking: coverage over neighbouring messages, thread roots, answer cues, phrases, flow.
    [Benchmark]
    public int Rank() => Relevance.Rank(_query, _hits, _around, _around, _neighbours).Take(10).ToList().Count;
}
