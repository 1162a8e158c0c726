using System.CommandLine;
using System.Text.Json.Nodes;

namespace Mosaic.Cli;

/// `mosaic slack manifest --url URL [--name NAME]`: the manifest a team pastes into "Create an app → From a
/// manifest" to make Mosaic its own internal Slack app. The scopes and events listed are a contract (README).
internal static class SlackCommand
{
    public static readonly string[] BotScopes =
    [
        "app_mentions:read", "channels:history", "channels:read", "chat:write", "groups:history", "groups:read",
        "im:history", "im:read", "mpim:history", "mpim:read", "users:read", "users:read.email",
    ];

    public static readonly string[] BotEvents =
    [
        "app_mention", "message.channels", "message.groups", "message.im", "message.mpim",
        "member_joined_channel", "member_left_channel", "channel_created", "channel_rename", "channel_archive", "channel_unarchive",
        "group_rename", "group_archive", "group_unarchive", "user_change", "team_join",
    ];

    public static Command Create(CliContext context)
    {
        var url = new Option<string>("--url") { Description = "The public https address of your Mosaic server (behind your TLS proxy)", Required = true };
        var name = new Option<string>("--name") { Description = "The app's name in Slack (default Mosaic)", DefaultValueFactory = _ => "Mosaic" };
        var manifest = new Command("manifest", "Print the Slack app manifest for your own internal Mosaic app") { url, name };
        manifest.SetAction(MosaicCli.Guard(context, async (parse, ct) =>
        {
            var address = parse.GetValue(url)!;
            if (!Uri.TryCreate(address, UriKind.Absolute, out var server) || server.Scheme != "https")
            {
                throw new MosaicException($"--url must be an https address, like https://mosaic.example.com (got \"{address}\"); Slack sends events only over TLS.");
            }

            var appName = parse.GetValue(name)!;
            var document = new JsonObject
            {
                ["_metadata"] = new JsonObject { ["major_version"] = 1, ["minor_version"] = 1 },
                ["display_information"] = new JsonObject
                {
                    ["name"] = appName,
                    ["description"] = "Your team's context, on your own server: answers with cited sources.",
                    ["background_color"] = "#2c3e50",
                },
                ["features"] = new JsonObject
                {
                    ["app_home"] = new JsonObject { ["home_tab_enabled"] = false, ["messages_tab_enabled"] = true, ["messages_tab_read_only_enabled"] = false },
                    ["bot_user"] = new JsonObject { ["display_name"] = appName.ToLowerInvariant(), ["always_online"] = true },
                },
                ["oauth_config"] = new JsonObject { ["scopes"] = new JsonObject { ["bot"] = new JsonArray([.. BotScopes.Select(s => JsonValue.Create(s))]) } },
                ["settings"] = new JsonObject
                {
                    ["event_subscriptions"] = new JsonObject
                    {
                        ["request_url"] = new Uri(server, "slack/events").ToString(),
                        ["bot_events"] = new JsonArray([.. BotEvents.Select(e => JsonValue.Create(e))]),
                    },
                    ["org_deploy_enabled"] = false,
                    ["socket_mode_enabled"] = false,
                    ["token_rotation_enabled"] = false,
                },
            };
            await context.Out.WriteLineAsync(document.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
            return 0;
        }));
        return new Command("slack", "Your Slack app") { manifest };
    }
}
