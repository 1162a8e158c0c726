using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Mosaic.Domain;
using Mosaic.Evaluation.Scale;
using Mosaic.Http;
using Mosaic.Ingestion;
using Mosaic.Sample;
using Mosaic.Store;
using Mosaic.Store.Sqlite;

namespace Mosaic.Evaluation;

/// `mosaic bench slack`: plays Slack against a Mosaic server on loopback. The sample workspace is imported into a
/// fresh database so the events land in real channels from their members; then C clients post N signed message
/// events (and some retries) at once, each timing its requests, and the same clients ask GET /health as often for
/// the baseline. Afterwards every event must be applied and held exactly once.
internal static class SlackEventsBenchmark
{
    // Made up for the run. No event names the app, so the Web API address (a closed port) is never called.
    private const string Secret = "bench-only-signing-secret-4f1d9c";
    private const string AppBot = "U0MOSAICBN1";
    private static readonly TimeSpan DrainLimit = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan RequestLimit = TimeSpan.FromSeconds(30);
    private const int WarmUpPerClient = 4;

    public static async Task<SlackEventsReport> RunAsync(int events, int clients, string folder, CancellationToken ct)
    {
        var database = Path.Combine(folder, "mosaic.db");
        var (senders, teamId) = await LoadSampleAsync(folder, database, ct);
        var now = DateTimeOffset.UtcNow;
        var plan = SlackEventsPlan.Create(events, clients, senders, teamId, AppBot, now, "Ev0B");
        // Earlier messages, so no ts is shared with the measured ones.
        var warmUp = SlackEventsPlan.Create(Math.Max(clients * WarmUpPerClient, SlackEventsPlan.RetryEvery), clients, senders, teamId, AppBot, now.AddHours(-1), "Ev0W");

        // An empty settings file, so a mosaic.json in the current folder cannot point the server elsewhere.
        var config = Path.Combine(folder, "bench.json");
        await File.WriteAllTextAsync(config, "{}", ct);
        var app = await MosaicServer.BuildAsync(database, "http://127.0.0.1:0", config, new Dictionary<string, string?>
        {
            ["Mosaic:Database"] = database,
            ["Mosaic:InboxPaused"] = "false",
            ["Mosaic:Slack:SigningSecret"] = Secret,
            ["Mosaic:Slack:BotToken"] = "xoxb-bench-only",
            ["Mosaic:Slack:ApiBaseUrl"] = "http://127.0.0.1:9/api/",
            // Two log lines per event would measure the console; warnings still show, on stderr, off the JSON.
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:Console:LogToStandardErrorThreshold"] = "Trace",
        }, jsonLogs: false, ct);
        await using (app)
        {
            await app.StartAsync(ct);
            try
            {
                return await MeasureAsync(app, warmUp, plan, clients, ct);
            }
            finally
            {
                await app.StopAsync(CancellationToken.None);
            }
        }
    }

    private static async Task<SlackEventsReport> MeasureAsync(WebApplication app, SlackEventsPlan warmUp, SlackEventsPlan plan, int clients, CancellationToken ct)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients, UseProxy = false })
        {
            BaseAddress = new Uri(app.Urls.First()),
            Timeout = RequestLimit,
        };

        // A server that has run a while: connections open, and receiving, storing, applying and health compiled,
        // so the figures are not the first requests' start-up.
        var inbox = app.Services.GetRequiredService<IEventInbox>();
        await SendAllAsync(http, warmUp.Clients, d => Event(warmUp, d), ct);
        await DrainAsync(inbox, ct);
        await SendAllAsync(http, warmUp.Clients, _ => Health(), ct);

        var baseline = await SendAllAsync(http, plan.Clients, _ => Health(), ct);

        var started = Stopwatch.GetTimestamp();
        var sent = await SendAllAsync(http, plan.Clients, d => Event(plan, d), ct);
        var (drained, applyFailed) = await DrainAsync(inbox, ct);
        var applySeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;

        var store = app.Services.GetRequiredService<SqliteContentStore>();
        var items = await store.CountItemsAsync(SlackItems.Source, [.. plan.Events.Select(e => e.NativeId)], ct);
        var received = await store.CountReceivedAsync("slack", [.. plan.Events.Select(e => e.EventId)], ct);
        var missing = plan.Events.Count(e => !items.ContainsKey(e.NativeId));
        var duplicates = items.Values.Sum(n => n - 1) + received.Values.Sum(n => n - 1);

        var acked = sent.Where(s => s.Ok).ToList();
        return new SlackEventsReport(
            plan.Events.Count, clients, plan.Requests, plan.Retries,
            Acked: acked.Where(s => !s.Delivery.Retry).Select(s => s.Delivery.Event).Distinct().Count(),
            RetriesAcked: acked.Count(s => s.Delivery.Retry),
            Failed: sent.Count(s => !s.Ok),
            LatencyStats.Of([.. acked.Select(s => s.Milliseconds)]),
            LatencyStats.Of([.. baseline.Where(s => s.Ok).Select(s => s.Milliseconds)]),
            drained, missing, duplicates, applyFailed, applySeconds);

        HttpRequestMessage Health() => new(HttpMethod.Get, "/health");
    }

    private static HttpRequestMessage Event(SlackEventsPlan plan, SlackDelivery delivery)
    {
        var request = Signed(plan.Events[delivery.Event].Body);
        if (delivery.Retry)
        {
            request.Headers.Add("X-Slack-Retry-Num", "1");
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        }

        return request;
    }

    /// A POST to /slack/events signed as Slack signs it, at the moment it is sent.
    private static HttpRequestMessage Signed(byte[] body)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, "/slack/events") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", SlackSignature.Sign(Secret, timestamp, body));
        return request;
    }

    private sealed record Sent(SlackDelivery Delivery, double Milliseconds, bool Ok);

    /// Every client at once, each sending its own requests one after another; a request is timed from just before
    /// it is sent until its response has been read.
    private static async Task<List<Sent>> SendAllAsync(
        HttpClient http, IReadOnlyList<IReadOnlyList<SlackDelivery>> clients, Func<SlackDelivery, HttpRequestMessage> request, CancellationToken ct)
    {
        var results = await Task.WhenAll(clients.Select(queue => Task.Run(async () =>
        {
            var sent = new List<Sent>(queue.Count);
            foreach (var delivery in queue)
            {
                using var message = request(delivery);
                var start = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.SendAsync(message, HttpCompletionOption.ResponseContentRead, ct);
                    sent.Add(new Sent(delivery, Stopwatch.GetElapsedTime(start).TotalMilliseconds, response.StatusCode == HttpStatusCode.OK));
                }
                catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !ct.IsCancellationRequested))
                {
                    // Refused, reset or past the request limit: Slack would count it as not acknowledged.
                    sent.Add(new Sent(delivery, Stopwatch.GetElapsedTime(start).TotalMilliseconds, false));
                }
            }

            return sent;
        }, ct)));
        return [.. results.SelectMany(r => r)];
    }

    /// Waits, at most DrainLimit, until nothing waits in the inbox. Every event was written there before its
    /// acknowledgement, so an empty inbox after the last one means all were applied (or given up, counted apart).
    private static async Task<(bool Drained, int Failed)> DrainAsync(IEventInbox inbox, CancellationToken ct)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var (pending, failed) = await inbox.CountAsync(ct);
            if (pending == 0 || waited.Elapsed > DrainLimit)
            {
                return (pending == 0, failed);
            }

            await Task.Delay(10, ct);
        }
    }

    /// The sample workspace in a fresh database, and everyone who may post where: members of channels and group
    /// DMs. Direct messages are left out, since a message to the app there is a question it would answer.
    private static async Task<(IReadOnlyList<SlackSender> Senders, string TeamId)> LoadSampleAsync(string folder, string database, CancellationToken ct)
    {
        var zip = Path.Combine(folder, "sample.zip");
        var sample = SampleWorkspaceGenerator.WriteExport(zip);
        await using var store = await SqliteContentStore.OpenAsync(database, ct);
        await SampleLoader.ImportAsync(store, zip, sample, ct: ct);
        var senders = new List<SlackSender>();
        foreach (var person in await store.ListPeopleAsync(null, ct))
        {
            if (person.IsBot || person.Identities.FirstOrDefault(i => i.Kind == IdentityKind.SlackId)?.Value is not { } user)
            {
                continue;
            }

            foreach (var conversation in await store.ListConversationsAsync(person.Id, ct))
            {
                var type = conversation.Kind switch
                {
                    ConversationKind.PublicChannel => "channel",
                    ConversationKind.PrivateChannel => "group",
                    ConversationKind.GroupDirectMessage => "mpim",
                    _ => null,
                };
                if (conversation.IsMember && conversation.Source == SlackItems.Source && type is not null)
                {
                    senders.Add(new SlackSender(conversation.NativeId, type, user));
                }
            }
        }

        return (senders, (await store.GetWorkspaceAsync(ct))?.TeamId ?? "T0MOSAIC01");
    }
}
