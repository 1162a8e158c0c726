using System.Text.Json;
using Mosaic.Tests.Fakes;

namespace Mosaic.Tests.Cli;

/// The serve and slack commands' contract: settings checked at start and named when wrong, and the manifest a
/// team pastes into Slack.
public sealed class ServeCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Serve_WithAHalfConfiguredSlackApp_StopsAtStartAndNamesEachSetting()
    {
        var config = _temp.File("mosaic.json");
        await File.WriteAllTextAsync(config, """{"Mosaic": {"Slack": {"BotToken": "xoxp-user-token", "ApiBaseUrl": "ftp://nowhere"}}}""");

        var run = await CliRunner.RunAsync("serve", "--config", config, "--db", _temp.File("m.db"), "--urls", "http://127.0.0.1:0");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Mosaic:Slack:SigningSecret is required", run.Error);
        Assert.Contains("Mosaic:Slack:BotToken should be a bot token", run.Error);
        Assert.Contains("Mosaic:Slack:ApiBaseUrl must be an http(s) address", run.Error);
    }

    [Fact]
    public async Task Serve_DbOnTheCommandLine_WinsOverTheSettingsFile()
    {
        var config = _temp.File("mosaic.json");
        var elsewhere = _temp.File("from-settings.db");
        await File.WriteAllTextAsync(config, JsonSerializer.Serialize(new { Mosaic = new { Database = elsewhere, Slack = new { BotToken = "xoxb-only" } } }));

        // The half-configured Slack app stops the server right after it opened its database.
        var run = await CliRunner.RunAsync("serve", "--config", config, "--db", _temp.File("given.db"), "--urls", "http://127.0.0.1:0");

        Assert.Contains("Mosaic:Slack:SigningSecret is required", run.Error);
        Assert.True(File.Exists(_temp.File("given.db")));
        Assert.False(File.Exists(elsewhere));
    }

    [Fact]
    public async Task Serve_WithAMissingSettingsFile_SaysWhichFile()
    {
        var run = await CliRunner.RunAsync("serve", "--config", _temp.File("nope.json"), "--db", _temp.File("m.db"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("nope.json", run.Error);
    }

    [Fact]
    public async Task SlackManifest_SubscribesToTheEventsMosaicApplies_AndPointsAtTheServer()
    {
        var run = await CliRunner.RunAsync("slack", "manifest", "--url", "https://mosaic.example.com/");
        var refused = await CliRunner.RunAsync("slack", "manifest", "--url", "http://mosaic.example.com");

        Assert.Equal(0, run.ExitCode);
        using var manifest = JsonDocument.Parse(run.Out);
        var settings = manifest.RootElement.GetProperty("settings").GetProperty("event_subscriptions");
        Assert.Equal("https://mosaic.example.com/slack/events", settings.GetProperty("request_url").GetString());
        var events = settings.GetProperty("bot_events").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("app_mention", events);
        Assert.Contains("message.channels", events);
        Assert.Contains("member_left_channel", events);
        var scopes = manifest.RootElement.GetProperty("oauth_config").GetProperty("scopes").GetProperty("bot").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("chat:write", scopes);
        Assert.Contains("app_mentions:read", scopes);
        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("https", refused.Error);
    }
}
