using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Mosaic.Http;
using Mosaic.Store;
using Mosaic.Store.Sqlite;
using Mosaic.Tests.Fakes;

namespace Mosaic.Tests.Http;

/// The worker took 32 due events, applied them and then waited for a wake-up or its poll; one wake-up stands for
/// any number of arrivals, so after a burst the rest waited a poll per batch (2,000 events took a minute).
public sealed class InboxWorkerStalledAfterABurst : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task MoreEventsWaitingThanOneBatch_AreAllApplied_WithoutWaitingForThePoll()
    {
        var database = _temp.File("burst.db");
        await using (var store = await SqliteContentStore.OpenAsync(database))
        {
            for (var i = 0; i < 100; i++)
            {
                var id = string.Create(CultureInfo.InvariantCulture, $"Ev{i:D4}");
                await store.EnqueueAsync("slack", id, $$$"""{"type":"event_callback","event_id":"{{{id}}}","event":{"type":"reaction_added"}}""");
            }
        }

        await using var app = await MosaicServer.BuildAsync(database, "http://127.0.0.1:0", settings: new Dictionary<string, string?>
        {
            ["Mosaic:InboxPollMilliseconds"] = "600000",
            ["Logging:LogLevel:Default"] = "Warning",
        }, jsonLogs: false);
        await app.StartAsync();
        var inbox = app.Services.GetRequiredService<IEventInbox>();
        var pending = -1;
        for (var i = 0; i < 300 && pending != 0; i++)
        {
            (pending, _) = await inbox.CountAsync();
            await Task.Delay(50);
        }

        await app.StopAsync();
        Assert.Equal(0, pending);
    }
}
