using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Mosaic.Store;

namespace Mosaic.Http;

/// POST /slack/events: Slack's Events API. A request is verified, written to the inbox and acknowledged; it is
/// applied afterwards, so Slack's three-second rule holds however long an answer takes.
public static class SlackEventsEndpoints
{
    /// Slack's event payloads are small; anything this large is not one.
    private const int MaxBody = 1 << 20;

    public static IEndpointRouteBuilder MapSlackEvents(this IEndpointRouteBuilder app)
    {
        app.MapPost("/slack/events", HandleAsync);
        return app;
    }

    private static async Task<IResult> HandleAsync(
        HttpContext http, IOptions<SlackOptions> options, IEventInbox inbox, InboxSignal signal, ILoggerFactory logs, CancellationToken ct)
    {
        var log = logs.CreateLogger("Mosaic.Http.SlackEvents");
        var slack = options.Value;
        if (!slack.Enabled)
        {
            return Results.NotFound();
        }

        if (http.Request.ContentLength > MaxBody)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, ct);
        if (buffer.Length > MaxBody)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var body = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (SlackSignature.Problem(
                slack.SigningSecret!, http.Request.Headers["X-Slack-Request-Timestamp"], http.Request.Headers["X-Slack-Signature"], body,
                DateTimeOffset.UtcNow, TimeSpan.FromSeconds(slack.MaxClockSkewSeconds)) is { } problem)
        {
            Log.Refused(log, "/slack/events", problem);
            return Results.Text(problem, statusCode: StatusCodes.Status401Unauthorized);
        }

        string text;
        string? type, eventId, eventType, challenge;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(body);
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            type = Str(root, "type");
            challenge = Str(root, "challenge");
            eventId = Str(root, "event_id");
            eventType = root.TryGetProperty("event", out var e) && e.ValueKind == JsonValueKind.Object ? Str(e, "type") : null;
        }
        catch (Exception e) when (e is JsonException or DecoderFallbackException)
        {
            Log.Refused(log, "/slack/events", "the body is not JSON");
            return Results.BadRequest("The body is not a JSON event.");
        }

        switch (type)
        {
            case "url_verification" when challenge is not null:
                return Results.Text(challenge, "text/plain");
            case "event_callback" when eventId is not null && eventType is not null:
                var retry = http.Request.Headers["X-Slack-Retry-Num"].ToString();
                Log.Received(log, eventId, eventType, retry.Length > 0 ? $" (retry {retry}, {http.Request.Headers["X-Slack-Retry-Reason"]})" : "");
                if (await inbox.EnqueueAsync("slack", eventId, text, ct))
                {
                    signal.Wake();
                }
                else
                {
                    Log.Duplicate(log, eventId);
                }

                return Results.Ok();
            case "event_callback":
                return Results.BadRequest("An event_callback needs event_id and event.type.");
            default:
                // app_rate_limited and anything newer: nothing to store.
                return Results.Ok();
        }
    }

    private static string? Str(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
