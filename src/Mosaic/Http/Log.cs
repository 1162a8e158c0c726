using Microsoft.Extensions.Logging;

namespace Mosaic.Http;

/// The server's log lines, as structured events.
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Warning, "Refused a request to {Path}: {Reason}")]
    public static partial void Refused(ILogger logger, string path, string reason);

    [LoggerMessage(2, LogLevel.Information, "Slack event {EventId} ({EventType}) received{Retry}")]
    public static partial void Received(ILogger logger, string eventId, string eventType, string retry);

    [LoggerMessage(3, LogLevel.Information, "Slack event {EventId} was received before; not applied again")]
    public static partial void Duplicate(ILogger logger, string eventId);

    [LoggerMessage(4, LogLevel.Information, "Applied {Source} event {EventId} after {Attempts} earlier attempts")]
    public static partial void Applied(ILogger logger, string source, string eventId, int attempts);

    [LoggerMessage(5, LogLevel.Warning, "{Source} event {EventId} failed ({Error}); trying again at {RetryAt}")]
    public static partial void WillRetry(ILogger logger, string source, string eventId, string error, DateTimeOffset retryAt);

    [LoggerMessage(6, LogLevel.Error, "{Source} event {EventId} failed and was given up: {Error}")]
    public static partial void GaveUp(ILogger logger, Exception? exception, string source, string eventId, string error);

    [LoggerMessage(7, LogLevel.Information, "Answered {User} in {Channel} (thread {Thread})")]
    public static partial void Answered(ILogger logger, string user, string channel, string thread);

    [LoggerMessage(8, LogLevel.Warning, "Slack is not configured (Mosaic:Slack); /slack/events is off")]
    public static partial void SlackOff(ILogger logger);

    [LoggerMessage(9, LogLevel.Information, "Mosaic serving {Database}; inbox holds {Pending} events to apply")]
    public static partial void Started(ILogger logger, string database, int pending);

    [LoggerMessage(10, LogLevel.Error, "{Method} {Path} failed unexpectedly")]
    public static partial void Failed(ILogger logger, Exception exception, string method, string path);

    [LoggerMessage(11, LogLevel.Warning, "Token {Token} was rate limited on {Path}")]
    public static partial void RateLimited(ILogger logger, string token, string path);

    [LoggerMessage(12, LogLevel.Error, "Learning facts from new items failed; they stay queued")]
    public static partial void LearningFailed(ILogger logger, Exception exception);
}
