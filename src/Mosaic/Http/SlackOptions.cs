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

    /// What `mosaic connect slack` needs: a bot token and the API's address. The signing secret is for events only.
    public IReadOnlyList<string> BackfillProblems() =>
    [
        .. new[]
        {
            string.IsNullOrWhiteSpace(BotToken)
                ? $"{Section}:BotToken is not set; put the app's Bot User OAuth Token (xoxb-…, on its OAuth & Permissions page) in mosaic.json or in the environment as Mosaic__Slack__BotToken."
                : TokenProblem,
            ApiBaseUrlProblem,
            WorkspaceUrlProblem,
        }.OfType<string>(),
    ];

    private string? TokenProblem => !string.IsNullOrWhiteSpace(BotToken) && !BotToken.StartsWith("xoxb-", StringComparison.Ordinal)
        ? $"{Section}:BotToken should be a bot token, starting with xoxb-."
        : null;

    private string? ApiBaseUrlProblem => !Uri.TryCreate(ApiBaseUrl, UriKind.Absolute, out var api) || api.Scheme is not ("http" or "https")
        ? $"{Section}:ApiBaseUrl must be an http(s) address (got \"{ApiBaseUrl}\")."
        : null;

    private string? WorkspaceUrlProblem => WorkspaceUrl is not null && !Uri.TryCreate(WorkspaceUrl, UriKind.Absolute, out _)
        ? $"{Section}:WorkspaceUrl must be an address like https://acme.slack.com (got \"{WorkspaceUrl}\")."
        : null;

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

            errors.AddRange(new[] { o.TokenProblem, o.ApiBaseUrlProblem, o.WorkspaceUrlProblem }.OfType<string>());

            if (o.MaxClockSkewSeconds is < 1 or > 3600)
            {
                errors.Add($"{Section}:MaxClockSkewSeconds must be between 1 and 3600.");
            }

            return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
        }
    }
}
