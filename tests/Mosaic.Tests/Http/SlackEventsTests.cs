using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Mosaic.Evaluation;
using Mosaic.Http;
using Mosaic.Sample;
using Mosaic.Store.Sqlite;
using Mosaic.Tests.Fakes;

namespace Mosaic.Tests.Http;

/// `mosaic serve` over real HTTP on loopback, with the sample workspace imported and a fake Slack Web API:
/// signed events in, cited replies out, and the audience rule between them.
public sealed class SlackEventsTests : IAsyncLifetime
{
    private const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const string Bot = "U0MOSAICBOT";
    private const string Maya = "U08J4KX2N7M";
    private const string General = "C08J50A1B2C";
    private const string Dev = "C08J51D3E4F";

    private readonly TempFolder _temp = new();
    private FakeSlack _slack = null!;
    private WebApplication? _server;
    private readonly HttpClient _http = new();
    private int _events;

    private string Database => _temp.File("mosaic.db");

    public async ValueTask InitializeAsync()
    {
        var zip = _temp.File("sample.zip");
        var sample = SampleWorkspaceGenerator.WriteExport(zip);
        await using (var store = await SqliteContentStore.OpenAsync(Database))
        {
            await SampleLoader.ImportAsync(store, zip, sample);
        }

        _slack = await FakeSlack.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await _slack.DisposeAsync();
        _http.Dispose();
        _temp.Dispose();
    }

    private async Task<string> StartAsync(bool paused = false)
    {
        _server = await MosaicServer.BuildAsync(Database, "http://127.0.0.1:0", settings: new Dictionary<string, string?>
        {
            ["Mosaic:Slack:SigningSecret"] = Secret,
            ["Mosaic:Slack:BotToken"] = "xoxb-test",
            ["Mosaic:Slack:ApiBaseUrl"] = _slack.ApiBaseUrl,
            ["Mosaic:Slack:WorkspaceUrl"] = "https://harbor.slack.com",
            ["Mosaic:InboxPaused"] = paused ? "true" : "false",
            ["Mosaic:InboxPollMilliseconds"] = "50",
        }, jsonLogs: false);
        await _server.StartAsync();
        return _server.Urls.First();
    }

    private async Task StopAsync()
    {
        if (_server is not null)
        {
            await _server.StopAsync();
            await _server.DisposeAsync();
            _server = null;
        }
    }

    private static string Envelope(string eventId, JsonObject e) => new JsonObject
    {
        ["token"] = "unused",
        ["team_id"] = "T08J4HARBR",
        ["api_app_id"] = "A0MOSAIC",
        ["type"] = "event_callback",
        ["event_id"] = eventId,
        ["event_time"] = 1_764_000_000,
        ["authorizations"] = new JsonArray(new JsonObject { ["user_id"] = Bot, ["is_bot"] = true }),
        ["event"] = e.DeepClone(),
    }.ToJsonString();

    private static JsonObject Message(string channel, string user, string ts, string text, string? threadTs = null, string type = "message")
    {
        var e = new JsonObject { ["type"] = type, ["channel"] = channel, ["user"] = user, ["ts"] = ts, ["text"] = text, ["event_ts"] = ts, ["channel_type"] = "channel" };
        if (threadTs is not null)
        {
            e["thread_ts"] = threadTs;
        }

        return e;
    }

    private async Task<HttpResponseMessage> PostAsync(string server, string body, string? secret = Secret, long? timestamp = null, int? retry = null)
    {
        var ts = (timestamp ?? DateTimeOffset.UtcNow.ToUnixTimeSeconds()).ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, server + "/slack/events") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Slack-Request-Timestamp", ts);
        request.Headers.Add("X-Slack-Signature", SlackSignature.Sign(secret ?? Secret, ts, Encoding.UTF8.GetBytes(body)));
        if (retry is not null)
        {
            request.Headers.Add("X-Slack-Retry-Num", retry.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        }

        return await _http.SendAsync(request);
    }

    private async Task<HttpResponseMessage> SendAsync(string server, JsonObject e, int? retry = null, string? eventId = null) =>
        await PostAsync(server, Envelope(eventId ?? $"Ev{Interlocked.Increment(ref _events):D6}", e), retry: retry);

    /// Waits (bounded) until the fake Slack has seen this many calls to the method.
    private async Task<IReadOnlyList<FakeSlack.Call>> CallsAsync(string method, int count)
    {
        for (var i = 0; i < 200 && _slack.CallsTo(method).Count < count; i++)
        {
            await Task.Delay(50);
        }

        return _slack.CallsTo(method);
    }

    private async Task<int> SearchCountAsync(string asker, string query)
    {
        await using var store = await SqliteContentStore.OpenAsync(Database);
        var requests = new Mosaic.Requests.RequestFactory(new Mosaic.Retrieval.NameResolver(store));
        var service = new Mosaic.Requests.QueryService(store, store, new Mosaic.Answering.ExtractiveAnswerer(), store);
        return (await service.SearchAsync(await requests.CreateAsync(asker, null), query, 20)).Results.Count(r => r.Text.Contains(query, StringComparison.OrdinalIgnoreCase));
    }

    /// Waits (bounded) until a decision with this value is learned: the sample's own queued items come first.
    private async Task<bool> LearnedAsync(string value)
    {
        await using var store = await SqliteContentStore.OpenAsync(Database);
        var maya = Mosaic.Permissions.AccessContext.ForAsker((await new Mosaic.Retrieval.NameResolver(store).PersonAsync("maya")).Id);
        for (var i = 0; i < 200; i++)
        {
            if ((await store.ListFactsAsync(Mosaic.Team.FactKind.Decision, maya)).Any(d => d.Value == value))
            {
                return true;
            }

            await Task.Delay(50);
        }

        return false;
    }

    private async Task WaitAppliedAsync(string server)
    {
        for (var i = 0; i < 200; i++)
        {
            var health = JsonNode.Parse(await _http.GetStringAsync(server + "/health"))!;
            if (health["inbox"]!["pending"]!.GetValue<int>() == 0)
            {
                return;
            }

            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task AnAppMention_GetsACitedReplyInItsThread_ReplacingAPlaceholder()
    {
        var server = await StartAsync();

        var response = await SendAsync(server, Message(Dev, "U08J4R3C4JK", "1764000100.000200", $"<@{Bot}> who owns the payments service?", type: "app_mention"));
        var updates = await CallsAsync("chat.update", 1);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var placeholder = Assert.Single(_slack.CallsTo("chat.postMessage"));
        Assert.Equal(Dev, placeholder.Arguments["channel"]!.GetValue<string>());
        Assert.Equal("1764000100.000200", placeholder.Arguments["thread_ts"]!.GetValue<string>());
        Assert.Equal("Looking…", placeholder.Arguments["text"]!.GetValue<string>());
        var answer = Assert.Single(updates).Arguments["text"]!.GetValue<string>();
        Assert.Contains("*Sources*", answer);
        Assert.Contains("<https://harbor.slack.com/archives/", answer);
        Assert.Contains("payments", answer, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task UrlVerification_EchoesTheChallenge_AndHealthSaysOk()
    {
        var server = await StartAsync();

        var response = await PostAsync(server, """{"token":"t","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}""");
        var health = JsonNode.Parse(await _http.GetStringAsync(server + "/health"))!;

        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", await response.Content.ReadAsStringAsync());
        Assert.Equal("ok", health["status"]!.GetValue<string>());
        Assert.True(health["slack"]!.GetValue<bool>());
    }

    [Fact]
    public async Task ABadSignatureOrAStaleTimestamp_Gets401_AndStoresNothing()
    {
        var server = await StartAsync(paused: true);
        var body = Envelope("EvFORGED", Message(General, Maya, "1764000200.000100", "zebrafinch forged message"));

        var forged = await PostAsync(server, body, secret: "not-the-secret");
        var stale = await PostAsync(server, Envelope("EvSTALE", Message(General, Maya, "1764000201.000100", "zebrafinch stale message")),
            timestamp: DateTimeOffset.UtcNow.AddMinutes(-6).ToUnixTimeSeconds());
        using var unsigned = new HttpRequestMessage(HttpMethod.Post, server + "/slack/events") { Content = new StringContent(body) };
        var missing = await _http.SendAsync(unsigned);
        var health = JsonNode.Parse(await _http.GetStringAsync(server + "/health"))!;

        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, stale.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal(0, health["inbox"]!["pending"]!.GetValue<int>());
    }

    [Fact]
    public async Task ARetriedEvent_IsAppliedAndAnsweredOnce()
    {
        var server = await StartAsync();
        var mention = Message(Dev, "U08J4R3C4JK", "1764000300.000100", $"<@{Bot}> who owns the payments service?", type: "app_mention");

        var first = await SendAsync(server, mention, eventId: "EvRETRY1");
        var second = await SendAsync(server, mention, retry: 1, eventId: "EvRETRY1");
        var third = await SendAsync(server, mention, retry: 2, eventId: "EvRETRY1");
        await CallsAsync("chat.update", 1);
        await WaitAppliedAsync(server);
        await Task.Delay(300);

        Assert.All([first, second, third], r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Single(_slack.CallsTo("chat.postMessage"));
        Assert.Single(_slack.CallsTo("chat.update"));
    }

    [Fact]
    public async Task AServerKilledRightAfterAcknowledging_AppliesTheEventAfterItRestarts()
    {
        // A real `mosaic serve` process, its worker paused so the event can only be in the inbox, killed outright.
        int port;
        using (var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        var url = $"http://127.0.0.1:{port}";
        var start = new System.Diagnostics.ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "mosaic.dll"), "serve", "--db", Database, "--urls", url },
            WorkingDirectory = _temp.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["Mosaic__Slack__SigningSecret"] = Secret,
                ["Mosaic__Slack__BotToken"] = "xoxb-test",
                ["Mosaic__Slack__ApiBaseUrl"] = _slack.ApiBaseUrl,
                ["Mosaic__InboxPaused"] = "true",
            },
        };
        using var process = System.Diagnostics.Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        for (var i = 0; i < 300; i++)
        {
            try
            {
                if ((await _http.GetAsync(url + "/health")).IsSuccessStatusCode)
                {
                    break;
                }
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100);
            }
        }

        var response = await SendAsync(url, Message(General, Maya, "1764000400.000100", "The quokka budget was approved this morning"));
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, await SearchCountAsync("maya", "quokka"));

        var server = await StartAsync();
        await WaitAppliedAsync(server);

        Assert.Equal(1, await SearchCountAsync("maya", "quokka"));
    }

    [Fact]
    public async Task ADeletedMessage_LeavesSearchAndTheDatabaseFile()
    {
        var server = await StartAsync();
        const string Secret = "Decision: we go with axolotlpassword as the staging password for now.";
        await SendAsync(server, Message(General, Maya, "1764000500.000100", Secret));
        await WaitAppliedAsync(server);
        Assert.Equal(1, await SearchCountAsync("maya", "axolotlpassword"));
        Assert.True(await LearnedAsync("axolotlpassword"), "the decision was never learned, so its deletion proves nothing about facts");

        await SendAsync(server, new JsonObject
        {
            ["type"] = "message", ["subtype"] = "message_deleted", ["hidden"] = true, ["channel"] = General, ["ts"] = "1764000501.000100",
            ["deleted_ts"] = "1764000500.000100", ["event_ts"] = "1764000501.000100", ["channel_type"] = "channel",
            ["previous_message"] = new JsonObject { ["type"] = "message", ["user"] = Maya, ["ts"] = "1764000500.000100", ["text"] = Secret },
        });
        await WaitAppliedAsync(server);
        await StopAsync();

        Assert.Equal(0, await SearchCountAsync("maya", "axolotlpassword"));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(_temp.Path, "mosaic.db*"))
        {
            var bytes = await File.ReadAllBytesAsync(file);
            Assert.True(bytes.AsSpan().IndexOf("axolotlpassword"u8) < 0, $"{Path.GetFileName(file)} still holds the deleted text");
        }
    }

    [Fact]
    public async Task AChannelAnswer_NeverCitesPrivateOrPersonalItems_WhileTheAskerIsToldPrivately()
    {
        var server = await StartAsync();

        await SendAsync(server, Message(General, Maya, "1764000600.000100", $"<@{Bot}> When is the board meeting now that it has been moved?", type: "app_mention"));
        var updates = await CallsAsync("chat.update", 1);
        var ephemeral = await CallsAsync("chat.postEphemeral", 1);

        var channelAnswer = Assert.Single(updates).Arguments["text"]!.GetValue<string>();
        Assert.DoesNotContain("December 3", channelAnswer);
        Assert.DoesNotContain("G08J57X5Y6Z", channelAnswer);
        var toMaya = Assert.Single(ephemeral);
        Assert.Equal(Maya, toMaya.Arguments["user"]!.GetValue<string>());
        Assert.Equal("1764000600.000100", toMaya.Arguments["thread_ts"]!.GetValue<string>());
        Assert.Contains("December 3", toMaya.Arguments["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnEditOfAnOldMessage_DoesNotMakeItsAuthorAMemberAgain()
    {
        var server = await StartAsync();
        const string Lena = "U08J4R3C4JK";
        await SendAsync(server, Message(Dev, Lena, "1764000900.000100", "The capybara rollout notes are in the wiki"));
        await SendAsync(server, new JsonObject { ["type"] = "member_left_channel", ["channel"] = Dev, ["user"] = Lena, ["channel_type"] = "C", ["event_ts"] = "1764000901.000100" });
        await SendAsync(server, new JsonObject
        {
            ["type"] = "message", ["subtype"] = "message_changed", ["hidden"] = true, ["channel"] = Dev, ["ts"] = "1764000902.000100", ["event_ts"] = "1764000902.000100",
            ["channel_type"] = "channel",
            ["message"] = new JsonObject { ["type"] = "message", ["user"] = Lena, ["ts"] = "1764000900.000100", ["text"] = "The capybara rollout notes are in the wiki (edited)" },
        });
        await WaitAppliedAsync(server);
        await StopAsync();

        Assert.Equal(0, await SearchCountAsync("lena", "capybara"));
        Assert.Equal(1, await SearchCountAsync("maya", "capybara"));
    }

    [Fact]
    public async Task TheAppsOwnReplies_AreStoredButNeverCited()
    {
        var server = await StartAsync();
        await SendAsync(server, Message(General, Bot, "1764000700.000100", "Mosaic says the wombatcode is 7741"));
        await WaitAppliedAsync(server);
        await StopAsync();

        Assert.Equal(0, await SearchCountAsync("maya", "wombatcode"));
    }

    [Fact]
    public async Task SlackRateLimits_AreWaitedOut_AndTheAnswerStillArrives()
    {
        _slack.FailNext("chat.postMessage", "429");
        var server = await StartAsync();

        await SendAsync(server, Message(Dev, "U08J4R3C4JK", "1764000800.000100", $"<@{Bot}> who owns the payments service?", type: "app_mention"));
        var updates = await CallsAsync("chat.update", 1);

        Assert.Equal(2, _slack.CallsTo("chat.postMessage").Count);
        Assert.Single(updates);
    }

    [Fact]
    public async Task AFollowUpInAThread_IsAnsweredWithTheThreadsEarlierQuestion()
    {
        const string Lena = "U08J4R3C4JK";
        _slack.Threads["1764001000.000100"] = new JsonArray(
            new JsonObject { ["type"] = "message", ["user"] = Lena, ["ts"] = "1764001000.000100", ["thread_ts"] = "1764001000.000100", ["text"] = $"<@{Bot}> who owns the payments service?" },
            new JsonObject { ["type"] = "message", ["user"] = Bot, ["ts"] = "1764001001.000100", ["thread_ts"] = "1764001000.000100", ["text"] = "Priya owns it [1]" },
            new JsonObject { ["type"] = "message", ["user"] = Lena, ["ts"] = "1764001002.000100", ["thread_ts"] = "1764001000.000100", ["text"] = $"<@{Bot}> and who had it before?" });
        var server = await StartAsync();

        await SendAsync(server, Message(Dev, Lena, "1764001002.000100", $"<@{Bot}> and who had it before?", threadTs: "1764001000.000100", type: "app_mention"));
        await SendAsync(server, Message(Dev, Lena, "1764001100.000100", $"<@{Bot}> and who had it before?", type: "app_mention"));
        var updates = await CallsAsync("chat.update", 2);

        var replies = Assert.Single(_slack.CallsTo("conversations.replies"));
        Assert.Equal("1764001000.000100", replies.Arguments["ts"]!.GetValue<string>());
        // The worker applies events in the order they came: the thread's answer is the first.
        var inThread = updates[0].Arguments["text"]!.GetValue<string>();
        var alone = updates[1].Arguments["text"]!.GetValue<string>();
        Assert.Contains("payments service", inThread);
        Assert.DoesNotContain("payments service", alone);
    }

    [Fact]
    public async Task AMentionFromSomeoneWhoLeftTheChannel_IsExplainedToThemAlone()
    {
        const string Lena = "U08J4R3C4JK";
        var server = await StartAsync();
        await SendAsync(server, Message(Dev, Maya, "1764001199.000100", "The dugong migration starts on Monday"));
        await SendAsync(server, new JsonObject { ["type"] = "member_left_channel", ["channel"] = Dev, ["user"] = Lena, ["channel_type"] = "C", ["event_ts"] = "1764001201.000100" });
        await WaitAppliedAsync(server);

        // Slack does not promise order: her question from before she left arrives after the leave.
        await SendAsync(server, Message(Dev, Lena, "1764001200.000100", $"<@{Bot}> who owns the payments service?", type: "app_mention"));
        var ephemeral = await CallsAsync("chat.postEphemeral", 1);
        await WaitAppliedAsync(server);
        await StopAsync();

        var toLena = Assert.Single(ephemeral);
        Assert.Equal(Lena, toLena.Arguments["user"]!.GetValue<string>());
        Assert.Contains("lena is not a member of #dev", toLena.Arguments["text"]!.GetValue<string>());
        Assert.Empty(_slack.CallsTo("chat.postMessage"));
        Assert.Empty(_slack.CallsTo("chat.update"));
        Assert.Equal(0, await SearchCountAsync("lena", "dugong"));
        Assert.Equal(1, await SearchCountAsync("maya", "dugong"));
    }

    [Fact]
    public async Task ALiveDecision_IsLearnedWithoutARebuild()
    {
        var server = await StartAsync();
        await SendAsync(server, Message(Dev, Maya, "1764001300.000100", "Decision: we go with Kafkaesque as the queue broker for 2.1."));
        await WaitAppliedAsync(server);

        Assert.True(await LearnedAsync("Kafkaesque"));
        await using var store = await SqliteContentStore.OpenAsync(Database);
        var maya = Mosaic.Permissions.AccessContext.ForAsker((await new Mosaic.Retrieval.NameResolver(store).PersonAsync("maya")).Id);
        var decisions = await store.ListFactsAsync(Mosaic.Team.FactKind.Decision, maya);
        var learned = Assert.Single(decisions, d => d.Value == "Kafkaesque");
        Assert.Equal("queue broker", learned.Subject);
        Assert.Equal($"slack:{Dev}/1764001300.000100", learned.Source.Id);
    }
}
