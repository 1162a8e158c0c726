using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Mosaic.Http;

/// One token bucket per API token (per address for requests without a valid one). A refused request gets 429 with
/// Retry-After and a problem naming the limit.
internal static class ApiLimits
{
    public static void Configure(RateLimiterOptions options)
    {
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.AddPolicy(ApiEndpoints.RateLimitPolicy, http =>
        {
            var limits = http.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value;
            var key = http.User.FindFirst(ApiTokenAuthentication.TokenClaim)?.Value ?? "address:" + http.Connection.RemoteIpAddress;
            return RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = limits.Burst,
                TokensPerPeriod = 1,
                ReplenishmentPeriod = TimeSpan.FromMinutes(1) / limits.RequestsPerMinute,
                QueueLimit = 0,
                AutoReplenishment = true,
            });
        });
        options.OnRejected = async (context, ct) =>
        {
            var http = context.HttpContext;
            var limits = http.RequestServices.GetRequiredService<IOptions<ApiOptions>>().Value;
            var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
            var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
            http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            Log.RateLimited(http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Mosaic.Http.Api"),
                http.User.FindFirst(ApiTokenAuthentication.TokenClaim)?.Value ?? "(none)", http.Request.Path);
            await Results.Problem(
                $"Too many requests: {limits.RequestsPerMinute} a minute per token, {limits.Burst} at once (Mosaic:Api). Try again in {seconds} s.",
                statusCode: StatusCodes.Status429TooManyRequests, title: "Rate limited").ExecuteAsync(http);
        };
    }
}
