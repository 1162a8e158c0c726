using Microsoft.Data.Sqlite;
using Mosaic.Domain;
using Mosaic.Permissions;
using Mosaic.Store;
using Mosaic.Store.Sqlite;
using Mosaic.Tests.Fakes;

namespace Mosaic.Tests.Store;

public sealed class SqliteContentStoreTests : ContentStoreContractTests
{
    protected override async Task<(IContentStore Store, IDirectory Directory)> CreateStoreAsync()
    {
        var store = await SqliteContentStore.OpenInMemoryAsync();
        return (store, store);
    }
}

/// What only the embedded engine has: a file, WAL, migrations, and readers beside a writer.
public sealed class SqliteFileTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Open_CreatesTheFile_InWalMode_AtTheLatestSchema()
    {
        var path = _temp.File("nested/folder/mosaic.db");
        await using (await SqliteContentStore.OpenAsync(path))
        {
        }

        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        Assert.Equal("wal", Scalar(connection, "PRAGMA journal_mode"));
        Assert.Equal((long)SqliteMigrator.Scripts[^1].Number, Scalar(connection, "PRAGMA user_version"));
    }

    [Fact]
    public async Task Open_AFileThatIsNotADatabase_IsAClearError()
    {
        var path = _temp.File("notes.txt");
        await File.WriteAllTextAsync(path, new string('x', 4096));

        var error = await Assert.ThrowsAsync<MosaicException>(() => SqliteContentStore.OpenAsync(path));

        Assert.Contains("is not a Mosaic database", error.Message);
    }

    [Fact]
    public async Task Open_ADatabaseFromANewerMosaic_IsRefused()
    {
        var path = _temp.File("future.db");
        await using (var connection = new SqliteConnection($"Data Source={path}"))
        {
            await connection.OpenAsync();
            Scalar(connection, "PRAGMA user_version = 999");
        }

        var error = await Assert.ThrowsAsync<MosaicException>(() => SqliteContentStore.OpenAsync(path));

        Assert.Contains("schema 999, newer than this Mosaic knows", error.Message);
    }

    [Fact]
    public async Task Open_Twice_DoesNotReapplyMigrations()
    {
        var path = _temp.File("twice.db");
        await using (await SqliteContentStore.OpenAsync(path))
        {
        }

        await using var again = await SqliteContentStore.OpenAsync(path);

        Assert.Empty(await again.ListPeopleAsync());
    }

    [Fact]
    public async Task Readers_SeeCommittedBatchesOnly_WhileAWriterWorks()
    {
        await using var store = await SqliteContentStore.OpenAsync(_temp.File("concurrent.db"));
        await store.WriteAsync(new ImportBatch("setup", null,
            [new PersonRecord(PersonRef.Slack("U1"), "ana", "ana", null, null, null, false, false, [])],
            [new ConversationRecord("slack", "C1", ConversationKind.PublicChannel, "open", null, null, null, false, [PersonRef.Slack("U1")])], [], []));
        var ana = (await store.ListPeopleAsync())[0].Id;
        const int batches = 40;
        const int perBatch = 25;

        var writer = Task.Run(async () =>
        {
            for (var b = 0; b < batches; b++)
            {
                var items = Enumerable.Range(0, perBatch).Select(i => new ItemRecord(
                    "slack", $"C1/{b}.{i}", $"{b}.{i}", Scope.Conversation("slack", "C1"), PersonRef.Slack("U1"),
                    DateTimeOffset.FromUnixTimeSeconds(1_757_000_000 + b * 100 + i), null, "message", $"grebe batch{b} item{i}", true, [],
                    new Dictionary<string, int>(), 0, null)).ToList();
                await store.WriteAsync(ImportBatch.OfItems($"batch {b}", [], [], items));
            }
        });
        var counts = new List<int>();
        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            while (!writer.IsCompleted)
            {
                var hits = await store.SearchAsync(new SearchQuery(["grebe"], 10_000), AccessContext.ForAsker(ana));
                lock (counts)
                {
                    counts.Add(hits.Count);
                }
            }
        })).ToList();
        await Task.WhenAll([writer, .. readers]);

        Assert.All(counts, c => Assert.Equal(0, c % perBatch));
        Assert.Equal(batches * perBatch, (await store.SearchAsync(new SearchQuery(["grebe"], 10_000), AccessContext.ForAsker(ana))).Count);
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
