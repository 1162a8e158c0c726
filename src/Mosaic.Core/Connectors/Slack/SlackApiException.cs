namespace Mosaic.Connectors.Slack;

/// A Slack Web API call that failed: Slack's own error code ("not_in_channel", "invalid_auth") or an HTTP status.
/// Transient failures (rate limits, server errors, a connection that failed) are worth trying again later.
public sealed class SlackApiException(string method, string error, bool transient, TimeSpan? retryAfter = null)
    : MosaicException($"Slack {method} failed: {error}")
{
    public string Method { get; } = method;

    public string Error { get; } = error;

    public bool Transient { get; } = transient;

    public TimeSpan? RetryAfter { get; } = retryAfter;

    /// With missing_scope: the scope the token lacks, as Slack names it ("groups:history").
    public string? Needed { get; init; }
}
