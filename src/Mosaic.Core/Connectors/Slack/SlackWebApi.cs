using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mosaic.Connectors.Slack;

/// The Slack Web API methods Mosaic calls, over the HttpClient it is given (whose BaseAddress is Slack's API root,
/// https://slack.com/api/, or a fake's). Slack answers HTTP 200 with "ok": false for its own errors; those and HTTP
/// failures become SlackApiException. A 429 is waited out (its Retry-After, at most MaxWait) up to three times.
public sealed partial class SlackWebApi(HttpClient http, string botToken)
{
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(60);
    private const int Attempts = 3;

    /// Posts a message, in a thread when threadTs is given; returns its ts.
    public async Task<string> PostMessageAsync(string channel, string text, string? threadTs, CancellationToken ct = default)
    {
        var body = new JsonObject { ["channel"] = channel, ["text"] = text, ["unfurl_links"] = false };
        if (threadTs is not null)
        {
            body["thread_ts"] = threadTs;
        }

        using var reply = await CallAsync("chat.postMessage", body, ct: ct);
        return reply.RootElement.GetProperty("ts").GetString() ?? throw new SlackApiException("chat.postMessage", "no ts in the reply", transient: false);
    }

    public async Task UpdateMessageAsync(string channel, string ts, string text, CancellationToken ct = default)
    {
        using var _ = await CallAsync("chat.update", new JsonObject { ["channel"] = channel, ["ts"] = ts, ["text"] = text }, ct: ct);
    }

    /// A message only `user` sees, in the channel (and thread) they are looking at.
    public async Task PostEphemeralAsync(string channel, string user, string text, string? threadTs, CancellationToken ct = default)
    {
        var body = new JsonObject { ["channel"] = channel, ["user"] = user, ["text"] = text };
        if (threadTs is not null)
        {
            body["thread_ts"] = threadTs;
        }

        using var _ = await CallAsync("chat.postEphemeral", body, ct: ct);
    }

    /// A thread's messages, the parent first (one page: the first 200 at most).
    public async Task<IReadOnlyList<SlackMessage>> RepliesAsync(string channel, string threadTs, CancellationToken ct = default) =>
        (await RepliesPageAsync(channel, threadTs, oldest: null, cursor: null, ct)).Items;

    /// Calls a method with a JSON body (or, for read methods, form fields, which every method accepts) and returns
    /// Slack's reply once it says ok.
    public async Task<JsonDocument> CallAsync(string method, JsonObject arguments, bool form = false, CancellationToken ct = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, method);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", botToken);
            request.Content = form
                ? new FormUrlEncodedContent(arguments.Select(a => KeyValuePair.Create(a.Key, a.Value is JsonValue v && v.TryGetValue<string>(out var s) ? s : a.Value?.ToJsonString() ?? "")))
                : JsonContent.Create(arguments, options: new JsonSerializerOptions());
            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, ct);
            }
            catch (HttpRequestException e)
            {
                throw new SlackApiException(method, $"could not reach Slack ({e.Message})", transient: true);
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
                // The client's timeout, not the caller giving up.
                throw new SlackApiException(method, $"Slack did not answer within {http.Timeout.TotalSeconds:0} s", transient: true);
            }

            using (response)
            {
                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    var wait = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1);
                    if (attempt >= Attempts || wait > MaxWait)
                    {
                        throw new SlackApiException(method, $"rate limited (Retry-After {wait.TotalSeconds:0} s)", transient: true, wait);
                    }

                    await Task.Delay(wait, ct);
                    continue;
                }

                if (!response.IsSuccessStatusCode)
                {
                    throw new SlackApiException(method, $"HTTP {(int)response.StatusCode}", transient: (int)response.StatusCode >= 500);
                }

                var document = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(ct), cancellationToken: ct);
                if (document.RootElement.TryGetProperty("ok", out var ok) && ok.ValueKind == JsonValueKind.True)
                {
                    return document;
                }

                var error = document.RootElement.TryGetProperty("error", out var e) ? e.GetString() ?? "unknown error" : "no \"ok\" in the reply";
                var needed = document.RootElement.TryGetProperty("needed", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
                document.Dispose();
                throw new SlackApiException(method, error, transient: error is "ratelimited" or "internal_error" or "fatal_error" or "service_unavailable" or "request_timeout")
                {
                    Needed = needed,
                };
            }
        }
    }
}
