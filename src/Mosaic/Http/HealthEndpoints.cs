using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Mosaic.Store;

namespace Mosaic.Http;

public static class HealthEndpoints
{
    /// GET /health: 200 while the store answers, with the inbox's backlog so a monitor sees events piling up.
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", async (IEventInbox inbox, IOptions<SlackOptions> slack, CancellationToken ct) =>
        {
            var (pending, failed) = await inbox.CountAsync(ct);
            return Results.Json(new { status = "ok", slack = slack.Value.Enabled, inbox = new { pending, failed } });
        });
        return app;
    }
}
