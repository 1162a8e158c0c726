using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Mosaic.Evaluation;

/// The events of a run and the order each client sends them in. Every client posts its share one after another;
/// one event in twenty is delivered again a few requests later with X-Slack-Retry-Num, as Slack does when it
/// thinks an acknowledgement was lost.
internal sealed record SlackEventsPlan(IReadOnlyList<SlackBenchEvent> Events, IReadOnlyList<IReadOnlyList<SlackDelivery>> Clients)
{
    public const int RetryEvery = 20;

    /// How many requests later a retry follows its first delivery.
    private const int RetryLag = 3;

    public int Retries => Clients.Sum(c => c.Count(d => d.Retry));

    public int Requests => Clients.Sum(c => c.Count);

    public static SlackEventsPlan Create(int events, int clients, IReadOnlyList<SlackSender> senders, string teamId, string appBot, DateTimeOffset now, string idPrefix)
    {
        if (senders.Count == 0)
        {
            throw new MosaicException("The sample workspace has nobody who may post anywhere; nothing to send.");
        }

        // Fixed seed: the same run sends the same messages in the same places.
        var random = new Random(7);
        var start = now.ToUnixTimeSeconds();
        var list = new List<SlackBenchEvent>(events);
        for (var i = 0; i < events; i++)
        {
            var sender = senders[random.Next(senders.Count)];
            // A thousand messages a second at most, so each ts is unique, as Slack's are within a channel.
            var ts = string.Create(CultureInfo.InvariantCulture, $"{start + (i / 1000)}.{i % 1000 * 1000 + 100:D6}");
            var eventId = string.Create(CultureInfo.InvariantCulture, $"{idPrefix}{i:D8}");
            list.Add(new SlackBenchEvent(eventId, sender.Channel, ts, Body(eventId, sender, ts, Text(random, i), teamId, appBot, start, random)));
        }

        var queues = new List<IReadOnlyList<SlackDelivery>>(clients);
        for (var c = 0; c < clients; c++)
        {
            var queue = new List<SlackDelivery>();
            var retries = new Queue<(int Due, int Event)>();
            var k = 0;
            for (var e = c; e < events; e += clients, k++)
            {
                queue.Add(new SlackDelivery(e, Retry: false));
                if (e % RetryEvery == RetryEvery - 1)
                {
                    retries.Enqueue((k + RetryLag, e));
                }

                while (retries.Count > 0 && retries.Peek().Due <= k)
                {
                    queue.Add(new SlackDelivery(retries.Dequeue().Event, Retry: true));
                }
            }

            queue.AddRange(retries.Select(r => new SlackDelivery(r.Event, Retry: true)));
            queues.Add(queue);
        }

        return new SlackEventsPlan(list, queues);
    }

    /// The envelope Slack posts for a message in a channel the app is in, with the fields it really sends.
    private static byte[] Body(string eventId, SlackSender sender, string ts, string text, string teamId, string appBot, long eventTime, Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        var envelope = new JsonObject
        {
            ["token"] = "bench-verification-token",
            ["team_id"] = teamId,
            ["context_team_id"] = teamId,
            ["api_app_id"] = "A0MOSAICBN1",
            ["event"] = new JsonObject
            {
                ["type"] = "message",
                ["user"] = sender.User,
                ["text"] = text,
                ["client_msg_id"] = new Guid(bytes).ToString(),
                ["ts"] = ts,
                ["team"] = teamId,
                ["channel"] = sender.Channel,
                ["event_ts"] = ts,
                ["channel_type"] = sender.ChannelType,
            },
            ["type"] = "event_callback",
            ["event_id"] = eventId,
            ["event_time"] = eventTime,
            ["authorizations"] = new JsonArray(new JsonObject
            {
                ["enterprise_id"] = null,
                ["team_id"] = teamId,
                ["user_id"] = appBot,
                ["is_bot"] = true,
                ["is_enterprise_install"] = false,
            }),
            ["is_ext_shared_channel"] = false,
        };
        return Encoding.UTF8.GetBytes(envelope.ToJsonString());
    }

    /// Team chat of the kind the sample holds, never naming the app: a mention would make the app answer, and this
    /// measures receiving, not answering.
    private static string Text(Random random, int i)
    {
        var n = 100 + random.Next(900);
        var text = Lines[i % Lines.Length];
        return text.Replace("{n}", n.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    private static readonly string[] Lines =
    [
        "Deploy {n} of the scheduling API is on staging, smoke tests green so far",
        "Can someone review PR #{n}? It's the shift-swap validation fix, small diff",
        "Standup: yesterday HBR-{n} calendar sync, today the clinic export, no blockers",
        "Heads up: the nightly backup took {n} seconds longer than usual again",
        "QA found a regression in HBR-{n}: overnight shifts lose their end time after an edit",
        "Design review for the rota screen moved to Thursday 14:00, same link",
        "I'll pick up HBR-{n} after lunch unless someone already has it",
        "Retro notes are in the doc, please add your items before Friday",
        "The clinic in Leeds asked whether the export can include break times :thinking_face:",
        "Merged, thanks! Release notes updated for {n}",
        "Is anyone else seeing 502s on staging? Looks like the worker pool restarted",
        "Pairing on the timezone bug at 3, ping me if you want to join",
    ];
}
