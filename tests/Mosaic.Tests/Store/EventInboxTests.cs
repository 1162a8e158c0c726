using System.Globalization;
using Microsoft.Data.Sqlite;
using Mosaic.Store.Sqlite;
using Mosaic.Tests.Fakes;

namespace Mosaic.Tests.Store;

/// The inbox writes concurrent deliveries together (group commit); each caller must still be told the truth about
/// its own event, and only after that event is in the file.
public sealed class EventInboxTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string Id(int i) => string.Create(CultureInfo.InvariantCulture, $"Ev{i:D6}");

    [Fact]
    public async Task ConcurrentDeliveries_EachNewEventIsStoredOnce_AndIsInTheFileWhenEnqueueReturns()
    {
        var path = _temp.File("inbox.db");
        await using var store = await SqliteContentStore.OpenAsync(path);
        const int events = 300;

        // Every event delivered twice by different senders, the second often while the first is being written.
        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(sender => Task.Run(async () =>
        {
            var told = new List<(int Event, bool New, long InFile)>();
            for (var i = sender; i < events * 2; i += 20)
            {
                var e = i % events;
                var added = await store.EnqueueAsync("slack", Id(e), $$"""{"n":{{e}}}""");
                told.Add((e, added, InboxRows(path, Id(e))));
            }

            return told;
        })));

        var all = results.SelectMany(r => r).ToList();
        Assert.All(Enumerable.Range(0, events), e => Assert.Single(all, t => t.Event == e && t.New));
        Assert.All(all, t => Assert.Equal(1, t.InFile));
        Assert.Equal((events, 0), await store.CountAsync());
        var received = await store.CountReceivedAsync("slack", [.. Enumerable.Range(0, events).Select(Id)]);
        Assert.Equal(events, received.Count);
        Assert.All(received.Values, n => Assert.Equal(1, n));
    }

    [Fact]
    public async Task EventsHandedOverBeforeTheStoreCloses_AreStored_AndLaterOnesAreRefused()
    {
        var path = _temp.File("closing.db");
        var store = await SqliteContentStore.OpenAsync(path);
        var pending = Enumerable.Range(0, 100).Select(i => Task.Run(() => store.EnqueueAsync("slack", Id(i), "{}"))).ToList();

        await store.DisposeAsync();
        var outcomes = await Task.WhenAll(pending.Select(async t =>
        {
            try
            {
                return await t;
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }));

        await using var reopened = await SqliteContentStore.OpenAsync(path);
        Assert.Equal(outcomes.Count(stored => stored), (await reopened.CountAsync()).Pending);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.EnqueueAsync("slack", "EvLATE", "{}"));
    }

    /// Read through a connection of its own, as another process would.
    private static long InboxRows(string path, string eventId)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM inbox WHERE event_id = $e";
        command.Parameters.AddWithValue("$e", eventId);
        return (long)command.ExecuteScalar()!;
    }
}
