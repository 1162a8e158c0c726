using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Mosaic.Tests.Fakes;

/// A Slack Web API on 127.0.0.1 that records every call and answers in Slack's documented shapes: HTTP 200 with
/// "ok": true and the method's fields, "ok": false with an error code, or 429 with Retry-After when told to. The read
/// methods answer from a workspace the test sets up (FakeSlack.Workspace.cs).
public sealed partial class FakeSlack : IAsyncDisposable
{
    private readonly WebApplication _app;
    private long _ts = 1_764_000_000;

    public sealed record Call(string Method, string? Authorization, JsonObject Arguments);

    public ConcurrentQueue<Call> Calls { get; } = new();

    /// Method name → what to answer instead of success, once each: an error code, or "429".
    public ConcurrentDictionary<string, ConcurrentQueue<string>> Failures { get; } = new();

    /// conversations.replies answers: thread ts → its messages as Slack JSON.
    public ConcurrentDictionary<string, JsonArray> Threads { get; } = new();

    private FakeSlack(WebApplication app) => _app = app;

    public string ApiBaseUrl => _app.Urls.First() + "/api/";

    public static async Task<FakeSlack> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeSlack(app);
        app.MapPost("/api/{method}", fake.HandleAsync);
        await app.StartAsync();
        return fake;
    }

    public void FailNext(string method, string failure) => Failures.GetOrAdd(method, _ => new ConcurrentQueue<string>()).Enqueue(failure);

    /// Sees every call before it is answered (after it is recorded) and may answer instead: an error code, "429", or
    /// null to answer as usual. A test can also cancel its run from here, while the call is in flight.
    public Func<Call, string?>? Intercept { get; set; }

    public IReadOnlyList<Call> CallsTo(string method) => [.. Calls.Where(c => c.Method == method)];

    private async Task<IResult> HandleAsync(string method, HttpContext http)
    {
        JsonObject arguments;
        if (http.Request.HasFormContentType)
        {
            var form = await http.Request.ReadFormAsync();
            arguments = new JsonObject(form.Select(f => KeyValuePair.Create(f.Key, (JsonNode?)JsonValue.Create(f.Value.ToString()))));
        }
        else
        {
            arguments = (await JsonNode.ParseAsync(http.Request.Body))?.AsObject() ?? [];
        }

        var call = new Call(method, http.Request.Headers.Authorization, arguments);
        Calls.Enqueue(call);
        if ((Failures.TryGetValue(method, out var queue) && queue.TryDequeue(out var failure)) || (failure = Intercept?.Invoke(call)) is not null)
        {
            if (failure == "429")
            {
                http.Response.Headers.RetryAfter = "1";
                return Results.StatusCode(StatusCodes.Status429TooManyRequests);
            }

            return Results.Json(new { ok = false, error = failure });
        }

        if (http.Request.Headers.Authorization != "Bearer xoxb-test")
        {
            return Results.Json(new { ok = false, error = "invalid_auth" });
        }

        var channel = arguments["channel"]?.GetValue<string>();
        return method switch
        {
            "chat.postMessage" => Results.Json(new { ok = true, channel, ts = NextTs(), message = new { text = arguments["text"]?.GetValue<string>() } }),
            "chat.update" => Results.Json(new { ok = true, channel, ts = arguments["ts"]?.GetValue<string>(), text = arguments["text"]?.GetValue<string>() }),
            "chat.postEphemeral" => Results.Json(new { ok = true, message_ts = NextTs() }),
            "conversations.replies" when Threads.TryGetValue(arguments["ts"]?.GetValue<string>() ?? "", out var thread) || Conversations.Count == 0 => Results.Json(new JsonObject
            {
                ["ok"] = true,
                ["messages"] = thread?.DeepClone() ?? new JsonArray(),
                ["has_more"] = false,
            }),
            _ => Results.Json(Read(method, arguments)),
        };
    }

    private string NextTs() => $"{Interlocked.Increment(ref _ts)}.000100";

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
