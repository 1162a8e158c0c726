using Microsoft.Extensions.Options;

namespace Mosaic.Http;

/// Mosaic:Slack: the team's own Slack app. All of it is optional, but once any of it is set, the signing secret and
/// the bot token must be too.
public sealed class SlackOptions
{
    public const string Section = "Mosaic:Slack";

    /// Basic Information → App Credentials → Signing Secret.
    public string? SigningSecret { get; set; }

    /// OAuth & Permissions → Bot User OAuth Token (xoxb-…).
    public string? BotToken { get; set; }

    /// The Web API root; a fake's address in tests.
    public string ApiBaseUrl { get; set; } = "https://slack.com/api/";

    /// The workspace's address (https://acme.slack.com), for links to messages.
    public string? WorkspaceUrl { get; set; }

    /// How old a request's timestamp may be before it is refused as a possible replay.
    public int MaxClockSkewSeconds { get; set; } = 300;

    public bool Enabled => SigningSecret is not null || BotToken is not null;

    public sealed class Validator : IValidateOptions<SlackOptions>
    {
        public ValidateOptionsResult Validate(string? name, SlackOptions o)
        {
            if (!o.Enabled)
            {
                return ValidateOptionsResult.Success;
            }

            var errors = new List<string>();
            if (string.IsNullOrWhiteSpace(o.SigningSecret))
            {
                errors.Add($"{Section}:SigningSecret is required (your Slack app's Basic Information page, App Credentials).");
            }

            if (string.IsNullOrWhiteSpace(o.BotToken))
            {
                errors.Add($"{Section}:BotToken is required (OAuth & Permissions, Bot User OAuth Token).");
            }
            else if (!o.BotToken.StartsWith("xoxb-", StringComparison.Ordinal))
            {
                errors.Add($"{Section}:BotToken should be a bot token, starting with xoxb-.");
            }

            if (!Uri.TryCreate(o.ApiBaseUrl, UriKind.Absolute, out var api) || api.Scheme is not ("http" or "https"))
            {
                errors.Add($"{Section}:ApiBaseUrl must be an http(s) address (got \"{o.ApiBaseUrl}\").");
            }

            if (o.WorkspaceUrl is not null && !Uri.TryCreate(o.WorkspaceUrl, UriKind.Absolute, out _))
            {
                errors.Add($"{Section}:WorkspaceUrl must be an address like https://acme.slack.com (got \"{o.WorkspaceUrl}\").");
            }

            if (o.MaxClockSkewSeconds is < 1 or > 3600)
            {
                errors.Add($"{Section}:MaxClockSkewSeconds must be between 1 and 3600.");
            }

            return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
        }
    }
}
