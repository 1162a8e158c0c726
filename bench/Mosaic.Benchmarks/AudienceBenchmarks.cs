using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Mosaic.Evaluation.Scale;
using Mosaic.Permissions;
using Mosaic.Retrieval;
using Mosaic.Store;
using Mosaic.Store.Sqlite;

namespace Mosaic.Benchmarks;

/// The audience filter on the index query, on a 20,000-message synthetic workspace with 500 channels: the same
/// words searched with no filter at all (plain FTS5), for one person, and for everyone in one of their channels.
public class AudienceBenchmarks
{
    private SqliteContentStore _store = null!;
    private SqliteConnection _raw = null!;
    private SqliteCommand _rawQuery = null!;
    private SearchQuery _query = null!;
    private AccessContext _alone = null!;
    private AccessContext _inChannel = null!;

    [GlobalSetup]
    public void Setup() => Task.Run(async () =>
    {
        _store = await SqliteContentStore.OpenAsync(Corpus.ScaleDatabase);
        var asker = await new NameResolver(_store).PersonAsync(ScaleWorkspace.PersonName(3));
        var channel = (await _store.ListConversationsAsync(asker.Id)).OrderByDescending(c => c.Name).First(c => c.IsMember);
        _alone = AccessContext.ForAsker(asker.Id);
        _inChannel = AccessContext.InConversation(asker.Id, channel.Id);
        var terms = Corpus.QueryTerms(5, 2);
        _query = new SearchQuery(terms, 100, null, null, null, null);

        _raw = new SqliteConnection($"Data Source={Corpus.ScaleDatabase};Mode=ReadOnly");
        await _raw.OpenAsync();
        _rawQuery = _raw.CreateCommand();
        _rawQuery.CommandText = "SELECT rowid FROM items_fts WHERE items_fts MATCH $q ORDER BY rank LIMIT 100";
        _rawQuery.Parameters.AddWithValue("$q", string.Join(" OR ", terms.Select(t => $"\"{t}\"")));
    }).GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => Task.Run(async () =>
    {
        await _rawQuery.DisposeAsync();
        await _raw.DisposeAsync();
        await _store.DisposeAsync();
    }).GetAwaiter().GetResult();

    [Benchmark(Baseline = true)]
    public int PlainFts5()
    {
        using var reader = _rawQuery.ExecuteReader();
        var count = 0;
        while (reader.Read())
        {
            count++;
        }

        return count;
    }

    [Benchmark]
    public async Task<int> ForOnePerson() => (await _store.SearchAsync(_query, _alone)).Count;

    [Benchmark]
    public async Task<int> ForAChannel() => (await _store.SearchAsync(_query, _inChannel)).Count;
}
