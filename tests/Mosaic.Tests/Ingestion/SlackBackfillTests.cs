using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Mosaic.Ingestion;
using Mosaic.Store.Sqlite;
using Mosaic.Tests.Cli;
using Mosaic.Tests.Fakes;
using static Mosaic.Tests.Fakes.TestWorkspace;

namespace Mosaic.Tests.Ingestion;

/// `mosaic connect slack` against the fake Slack on 127.0.0.1, over real HTTP: the small test team, with enough messages
/// that every list comes in several pages (the fake gives at most four records a page).
public sealed class SlackBackfillTests : IAsyncLifetime
{
    private const string History = "conversations.history";
    private const string Replies = "conversations.replies";
    private const string ThreadTs = "1757500000.000100";

    /// One distinctive word per message, so each can be searched for alone.
    private static readonly string[] GeneralWords =
        ["aardvark", "badger", "caribou", "dingo", "egret", "ferret", "gazelle", "hyena", "ibex", "jackal", "koala"];

    private static readonly string[] DevWords = ["lemur", "marmot", "narwhal", "ocelot", "pangolin", "quail", "raccoon", "sloth", "tapir"];

    private static readonly string[] ReplyWords = ["urchin", "vicuna", "wombat", "xerus", "yabby"];

    private readonly TempFolder _temp = new();
    private FakeSlack _slack = null!;

    private string Database => _temp.File("mosaic.db");

    public async ValueTask InitializeAsync() => _slack = await FakeSlack.StartAsync();

    public async ValueTask DisposeAsync()
    {
        await _slack.DisposeAsync();
        _temp.Dispose();
    }

    /// The test team with eleven messages in #general, nine and a thread of five replies in #dev, and one message in
    /// each of the private channel, the DM and the group DM.
    private static SlackExportBuilder Team()
    {
        var team = Conversations().User(FakeSlack.BotUser, "mosaic", "Mosaic", bot: true);
        for (var i = 0; i < GeneralWords.Length; i++)
        {
            team.Message(General, Ts(1757410000, i), i % 2 == 0 ? Maya : Tomas, $"Weekly note about the {GeneralWords[i]} plan");
        }

        team.Message(Dev, ThreadTs, Priya, "Thread about the heron rollout", m =>
        {
            m["thread_ts"] = ThreadTs;
            m["reply_count"] = ReplyWords.Length;
        });
        for (var i = 0; i < ReplyWords.Length; i++)
        {
            team.Message(Dev, Ts(1757500100, i), i % 2 == 0 ? Lena : Maya, $"Reply on heron: the {ReplyWords[i]} part is done", m => m["thread_ts"] = ThreadTs);
        }

        for (var i = 0; i < DevWords.Length; i++)
        {
            team.Message(Dev, Ts(1757600000, i), Priya, $"Dev log: {DevWords[i]} module reviewed");
        }

        return team
            .Message(Leadership, "1757412200.000100", Tomas, "Budget talk: the walrus contractor costs too much")
            .Message(MayaPriyaDm, "1757412300.000100", Maya, "Priya, quick otter question about the rollout")
            .Message(GroupDm, "1757412400.000100", Tomas, "Group note: lynx retro moved to Thursday");
    }

    private static string Ts(long seconds, int i) => $"{(seconds + (i * 60)).ToString(CultureInfo.InvariantCulture)}.000100";

    private const int Messages = 11 + 1 + 5 + 9 + 3;

    private void Serve(SlackExportBuilder team)
    {
        _slack.Load(team.Files());
        _slack.PageSize = 4;
    }

    private Task<CliRunner.Result> ConnectAsync(string token = "xoxb-test", CancellationToken ct = default) =>
        CliRunner.RunAsync(
            new Dictionary<string, string> { ["Mosaic__Slack__BotToken"] = token, ["Mosaic__Slack__ApiBaseUrl"] = _slack.ApiBaseUrl },
            ct, "connect", "slack", "--db", Database, "--json");

    private static JsonNode Json(CliRunner.Result run) => JsonNode.Parse(run.Out) ?? throw new InvalidOperationException("no JSON: " + run.Error);

    private static (int Added, int Updated, int Unchanged) Counts(JsonNode report) =>
        (report["messages"]!["added"]!.GetValue<int>(), report["messages"]!["updated"]!.GetValue<int>(), report["messages"]!["unchanged"]!.GetValue<int>());

    private List<FakeSlack.Call> CallsTo(string method, string channel, int after = 0) =>
        [.. _slack.Calls.Skip(after).Where(c => c.Method == method && c.Arguments["channel"]?.ToString() == channel)];

    /// The results that hold the word (search also brings the messages around a match).
    private static async Task<IReadOnlyList<string>> FoundAsync(SqliteContentStore store, string asker, string word)
    {
        var response = await Queries(store).SearchAsync(await RequestAsync(store, asker), word, 50);
        return [.. response.Results.Where(r => r.Text.Contains(word, StringComparison.OrdinalIgnoreCase)).Select(r => r.Id)];
    }

    /// Each word's message, found once by someone who may see it.
    private static async Task AssertEachFoundOnceAsync(SqliteContentStore store, string asker, string conversation, IEnumerable<string> words, Func<int, string> ts)
    {
        var i = 0;
        foreach (var word in words)
        {
            Assert.Equal([Id(conversation, ts(i++))], await FoundAsync(store, asker, word));
        }
    }

    private async Task AssertTeamStoredOnceAsync()
    {
        await using var store = await SqliteContentStore.OpenAsync(Database);
        await AssertEachFoundOnceAsync(store, Maya, General, GeneralWords, i => Ts(1757410000, i));
        await AssertEachFoundOnceAsync(store, Lena, Dev, DevWords, i => Ts(1757600000, i));
        await AssertEachFoundOnceAsync(store, Lena, Dev, ReplyWords, i => Ts(1757500100, i));
        Assert.Equal([Id(Leadership, "1757412200.000100")], await FoundAsync(store, Tomas, "walrus"));
        Assert.Equal([Id(MayaPriyaDm, "1757412300.000100")], await FoundAsync(store, Priya, "otter"));
        Assert.Equal([Id(GroupDm, "1757412400.000100")], await FoundAsync(store, Maya, "lynx"));
    }

    [Fact]
    public async Task FullBackfill_PagesThroughEveryList_AndStoresEachMessageOnce_ForItsMembersOnly()
    {
        Serve(Team());
        _slack.In(General).Messages.Add(new JsonObject { ["type"] = "message", ["ts"] = "1757419000.000100", ["user"] = Maya, ["text"] = $"<@{FakeSlack.BotUser}> where is the yak plan?" });

        var run = await ConnectAsync();

        Assert.Equal(0, run.ExitCode);
        var report = Json(run);
        Assert.Equal((Messages + 1, 0, 0), Counts(report));
        Assert.Equal(5, report["people"]!.GetValue<int>());
        Assert.Equal(5, report["conversations"]!.GetValue<int>());
        Assert.Equal(1, report["threads"]!.GetValue<int>());
        Assert.Empty(report["skipped"]!.AsArray());
        Assert.Equal(2, _slack.CallsTo("users.list").Count);
        Assert.Equal(2, _slack.CallsTo("conversations.list").Count);
        Assert.Equal(3, CallsTo(History, General).Count);
        Assert.Equal(3, CallsTo(History, Dev).Count);
        Assert.Equal(2, CallsTo(Replies, Dev).Count);
        Assert.All(_slack.Calls, c => Assert.True(int.Parse(c.Arguments["limit"]?.ToString() ?? "200", CultureInfo.InvariantCulture) <= 200));

        await AssertTeamStoredOnceAsync();
        await using var store = await SqliteContentStore.OpenAsync(Database);
        Assert.Empty(await SearchIdsAsync(store, Priya, "walrus"));
        Assert.Empty(await SearchIdsAsync(store, Lena, "walrus"));
        Assert.Empty(await SearchIdsAsync(store, Tomas, "otter"));
        Assert.Empty(await SearchIdsAsync(store, Lena, "lynx"));

        // A question put to the app is kept but never found, as when it arrives live.
        Assert.Empty(await SearchIdsAsync(store, Maya, "yak"));
    }

    [Theory]
    [InlineData("ctrl-c")]
    [InlineData("failure")]
    public async Task AnInterruptedRun_CarriesOnFromTheSavedCursor_WithoutFetchingOrStoringAnyPageAgain(string interruption)
    {
        Serve(Team());
        using var ctrlC = new CancellationTokenSource();
        _slack.Intercept = call =>
        {
            if (call.Method != History || call.Arguments["channel"]?.ToString() != Dev || CallsTo(History, Dev).Count != 3)
            {
                return null;
            }

            if (interruption == "failure")
            {
                return "invalid_arguments";
            }

            ctrlC.Cancel();
            Thread.Sleep(200);
            return null;
        };

        var first = await ConnectAsync(ct: ctrlC.Token);

        Assert.Equal(interruption == "failure" ? 1 : 130, first.ExitCode);
        if (interruption == "failure")
        {
            Assert.Contains("invalid_arguments", first.Error);
            Assert.Contains("run the backfill again to carry on", first.Error);
        }

        var saved = CallsTo(History, Dev)[2].Arguments["cursor"]?.ToString();
        Assert.NotNull(saved);
        var before = _slack.Calls.Count;
        _slack.Intercept = null;

        var second = await ConnectAsync();

        Assert.Equal(0, second.ExitCode);
        var report = Json(second);
        Assert.True(report["resumed"]!.GetValue<bool>());
        var (_, updated, unchanged) = Counts(report);
        Assert.Equal((0, 0), (updated, unchanged));

        // #general was finished before the interruption: not read again. #dev carries on at the page that was not stored.
        Assert.Empty(CallsTo(History, General, before));
        Assert.Equal([saved], CallsTo(History, Dev, before).Select(c => c.Arguments["cursor"]?.ToString()));
        Assert.Equal(2, CallsTo(Replies, Dev, before).Count);
        await AssertTeamStoredOnceAsync();
    }

    [Fact]
    public async Task ARateLimitMidRun_IsWaitedOut_AndTheSamePageAskedAgain()
    {
        Serve(Team());
        _slack.Intercept = call => call.Method == History && call.Arguments["channel"]?.ToString() == General && CallsTo(History, General).Count == 2 ? "429" : null;
        var clock = Stopwatch.StartNew();

        var run = await ConnectAsync();

        Assert.Equal(0, run.ExitCode);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.9), $"Retry-After: 1 was not honoured ({clock.Elapsed})");
        var general = CallsTo(History, General);
        Assert.Equal(4, general.Count);
        Assert.Equal(general[1].Arguments["cursor"]?.ToString(), general[2].Arguments["cursor"]?.ToString());
        Assert.Equal((Messages, 0, 0), Counts(Json(run)));
        await AssertTeamStoredOnceAsync();
    }

    [Fact]
    public async Task AChannelTheAppIsNotIn_IsSkippedAndReported_WhileTheRestLands_AndIsReadOnceTheAppIsInvited()
    {
        Serve(Team());
        _slack.In(Leadership).Refuse = "not_in_channel";

        var run = await ConnectAsync();

        Assert.Equal(2, run.ExitCode);
        var report = Json(run);
        var skipped = Assert.Single(report["skipped"]!.AsArray())!;
        Assert.Equal(Leadership, skipped["id"]!.GetValue<string>());
        Assert.Equal("#leadership", skipped["conversation"]!.GetValue<string>());
        Assert.Equal("not_in_channel", skipped["reason"]!.GetValue<string>());
        Assert.Contains("/invite", skipped["explanation"]!.GetValue<string>());
        Assert.Equal((Messages - 1, 0, 0), Counts(report));
        await using (var store = await SqliteContentStore.OpenAsync(Database))
        {
            Assert.Empty(await SearchIdsAsync(store, Tomas, "walrus"));
            await AssertEachFoundOnceAsync(store, Maya, General, GeneralWords, i => Ts(1757410000, i));
        }

        _slack.In(Leadership).Refuse = null;
        var again = await ConnectAsync();

        Assert.Equal(0, again.ExitCode);
        Assert.Equal((1, 0, 0), Counts(Json(again)));
        await AssertTeamStoredOnceAsync();
    }

    [Fact]
    public async Task ABadToken_StopsAtOnceWithAClearError_AndStoresNothing()
    {
        Serve(Team());

        var refused = await ConnectAsync("xoxb-revoked");
        var unset = await CliRunner.RunAsync(
            new Dictionary<string, string> { ["Mosaic__Slack__ApiBaseUrl"] = _slack.ApiBaseUrl }, "connect", "slack", "--db", _temp.File("unset.db"));
        var userToken = await ConnectAsync("xoxp-a-user-token");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("invalid_auth", refused.Error);
        Assert.Contains("Mosaic:Slack:BotToken", refused.Error);
        Assert.Contains("Nothing was stored", refused.Error);
        Assert.Equal(["auth.test"], _slack.Calls.Select(c => c.Method));
        await using (var store = await SqliteContentStore.OpenAsync(Database))
        {
            Assert.Empty(await store.ListPeopleAsync());
            Assert.Null(await store.GetWorkspaceAsync());
        }

        Assert.Equal(1, unset.ExitCode);
        Assert.Contains("Mosaic:Slack:BotToken is not set", unset.Error);
        Assert.Equal(1, userToken.ExitCode);
        Assert.Contains("Mosaic:Slack:BotToken should be a bot token, starting with xoxb-", userToken.Error);
        Assert.Single(_slack.Calls);
    }

    [Fact]
    public async Task SettingsComeFromTheConfigFile_AndTheEnvironmentOverridesIt()
    {
        Serve(Team());
        var config = _temp.File("mosaic.json");
        await File.WriteAllTextAsync(config, new JsonObject
        {
            ["Mosaic"] = new JsonObject { ["Slack"] = new JsonObject { ["BotToken"] = "xoxb-test", ["ApiBaseUrl"] = _slack.ApiBaseUrl } },
        }.ToJsonString());

        var fromFile = await CliRunner.RunAsync("connect", "slack", "--config", config, "--db", Database);
        var overridden = await CliRunner.RunAsync(
            new Dictionary<string, string> { ["Mosaic__Slack__BotToken"] = "xoxb-other" }, "connect", "slack", "--config", config, "--db", Database);
        var missing = await CliRunner.RunAsync("connect", "slack", "--config", _temp.File("nope.json"), "--db", Database);

        Assert.Equal(0, fromFile.ExitCode);
        Assert.Contains("Backfilled Slack team T0TEST", fromFile.Out);
        Assert.Contains("No problems.", fromFile.Out);
        Assert.Equal(1, overridden.ExitCode);
        Assert.Contains("invalid_auth", overridden.Error);
        Assert.Equal("Bearer xoxb-other", _slack.Calls.Last().Authorization);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("nope.json", missing.Error);
    }

    [Fact]
    public async Task ABackfillAfterImportingTheSameMessages_StoresNothingTwice()
    {
        var team = Team();
        var (imported, _) = await ImportAsync(team, _temp, "mosaic");
        await imported.DisposeAsync();
        Serve(team);

        var run = await ConnectAsync();

        Assert.Equal(0, run.ExitCode);
        var report = Json(run);
        Assert.Equal((0, 0, Messages), Counts(report));
        Assert.Equal(0, report["messages"]!["stored"]!.GetValue<int>());
        await AssertTeamStoredOnceAsync();
    }

    [Fact]
    public async Task ARerunAfterAFinishedBackfill_AsksOnlyForNewerMessages_AndReadsTheThreadsOfThoseAlone()
    {
        Serve(Team());
        Assert.Equal(0, (await ConnectAsync()).ExitCode);
        var before = _slack.Calls.Count;
        const string NewThread = "1757700000.000100";
        _slack.In(General).Messages.Add(new JsonObject { ["type"] = "message", ["ts"] = "1757700100.000100", ["user"] = Lena, ["text"] = "Late news about the zebra plan" });
        _slack.In(Dev).Messages.Add(new JsonObject { ["type"] = "message", ["ts"] = NewThread, ["user"] = Priya, ["text"] = "New thread on the gecko", ["thread_ts"] = NewThread, ["reply_count"] = 2 });
        _slack.In(Dev).Messages.Add(new JsonObject { ["type"] = "message", ["ts"] = "1757700060.000100", ["user"] = Lena, ["text"] = "gecko reply one: mongoose", ["thread_ts"] = NewThread });
        _slack.In(Dev).Messages.Add(new JsonObject { ["type"] = "message", ["ts"] = "1757700120.000100", ["user"] = Maya, ["text"] = "gecko reply two: meerkat", ["thread_ts"] = NewThread });

        var run = await ConnectAsync();

        Assert.Equal(0, run.ExitCode);
        var report = Json(run);
        Assert.False(report["resumed"]!.GetValue<bool>());
        Assert.Equal((4, 0, 0), Counts(report));
        Assert.Equal(["1757410600.000100"], CallsTo(History, General, before).Select(c => c.Arguments["oldest"]?.ToString()));
        Assert.Equal([Ts(1757600000, DevWords.Length - 1)], CallsTo(History, Dev, before).Select(c => c.Arguments["oldest"]?.ToString()));
        Assert.Equal(["1757412200.000100"], CallsTo(History, Leadership, before).Select(c => c.Arguments["oldest"]?.ToString()));
        Assert.Equal([NewThread], CallsTo(Replies, Dev, before).Select(c => c.Arguments["ts"]?.ToString()));

        await using var store = await SqliteContentStore.OpenAsync(Database);
        Assert.Equal([Id(General, "1757700100.000100")], await FoundAsync(store, Maya, "zebra"));
        Assert.Equal([Id(Dev, "1757700120.000100")], await FoundAsync(store, Lena, "meerkat"));
        Assert.Equal([Id(Dev, "1757700060.000100")], await FoundAsync(store, Lena, "mongoose"));
    }

    [Fact]
    public async Task TheBackfillMakesTheSameRecordsAsAnImport_DirectMessagesNamedByTheirMembers()
    {
        Serve(Team());

        var run = await ConnectAsync();

        Assert.Equal(0, run.ExitCode);
        await using var store = await SqliteContentStore.OpenAsync(Database);
        Assert.Equal("@maya, @priya", (await store.FindConversationAsync(SlackBackfill.Source, MayaPriyaDm))?.Name);
        Assert.Equal("@maya, @tomas, @priya", (await store.FindConversationAsync(SlackBackfill.Source, GroupDm))?.Name);
        Assert.Equal("https://fake.slack.com", (await store.GetWorkspaceAsync())?.Url);
    }

    [Fact]
    public async Task TheAppManifest_AsksForEveryScopeTheBackfillReadsWith()
    {
        var run = await CliRunner.RunAsync("slack", "manifest", "--url", "https://mosaic.example.com");

        var scopes = JsonNode.Parse(run.Out)!["oauth_config"]!["scopes"]!["bot"]!.AsArray().Select(s => s!.GetValue<string>()).ToHashSet();
        Assert.Superset(
            new HashSet<string> { "users:read", "channels:read", "groups:read", "im:read", "mpim:read", "channels:history", "groups:history", "im:history", "mpim:history" },
            scopes);
    }
}
