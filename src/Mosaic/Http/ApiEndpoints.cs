using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Mosaic.Answering;
using Mosaic.Api;
using Mosaic.Domain;
using Mosaic.Requests;
using Mosaic.Retrieval;
using Mosaic.Store.Sqlite;
using Mosaic.Team;

namespace Mosaic.Http;

/// /api/v1: search, ask and post items as the token's person, under the same audience rule and in the same JSON
/// shapes as the CLI's --json. Only a MosaicException's message reaches a client; anything else is logged.
public static class ApiEndpoints
{
    public const string RateLimitPolicy = "api";

    public sealed record AskRequest(
        [property: System.Text.Json.Serialization.JsonPropertyName("question")] string? Question,
        [property: System.Text.Json.Serialization.JsonPropertyName("in")] string? In,
        [property: System.Text.Json.Serialization.JsonPropertyName("now")] string? Now);

    public sealed record MeResponse(
        [property: System.Text.Json.Serialization.JsonPropertyName("person")] string Person,
        [property: System.Text.Json.Serialization.JsonPropertyName("token")] string Token);

    public static IEndpointRouteBuilder MapApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1")
            .RequireAuthorization()
            .RequireRateLimiting(RateLimitPolicy)
            .AddEndpointFilter(ProblemsAsync)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        api.MapGet("/me", MeAsync).WithSummary("Who the token acts as");
        api.MapGet("/search", SearchAsync)
            .WithSummary("Search what the audience may see: the token's person, or the members of `in`");
        api.MapPost("/ask", AskAsync).Accepts<AskRequest>("application/json")
            .WithSummary("Answer a question with numbered citations, for the token's person or the members of `in`");
        api.MapPost("/items", ItemsAsync).Accepts<ItemsRequest>("application/json")
            .WithSummary("Add or replace items from another tool, as the token's person (personal by default)");
        return app;
    }

    private static async Task<Ok<MeResponse>> MeAsync(HttpContext http, SqliteContentStore store, CancellationToken ct)
    {
        var person = await PersonAsync(http, new NameResolver(store), ct);
        return TypedResults.Ok(new MeResponse(person.Handle, http.User.FindFirst(ApiTokenAuthentication.TokenClaim)!.Value));
    }

    private static async Task<Ok<SearchResponse>> SearchAsync(
        HttpContext http, SqliteContentStore store, IAnswerer answerer, string? q, string? @in, string? limit, string? now, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            throw new MosaicException("q: give some words to search for, e.g. /api/v1/search?q=release+date.");
        }

        // Read here rather than bound as a number, so a bad value gets a reason and not a bare 400.
        var count = 10;
        if (limit is not null && !int.TryParse(limit, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out count))
        {
            throw new MosaicException($"limit: \"{limit}\" is not a whole number.");
        }

        var (queries, request) = await RequestAsync(http, store, answerer, @in, ct);
        return TypedResults.Ok(await queries.SearchAsync(request, q, count, Now(now), ct));
    }

    private static async Task<Ok<AskResponse>> AskAsync(HttpContext http, SqliteContentStore store, IAnswerer answerer, CancellationToken ct)
    {
        var body = await ReadJsonAsync<AskRequest>(http.Request, ct);
        if (string.IsNullOrWhiteSpace(body.Question))
        {
            throw new MosaicException("question: ask something, e.g. {\"question\": \"who owns the payments service?\"}.");
        }

        var (queries, request) = await RequestAsync(http, store, answerer, body.In, ct);
        return TypedResults.Ok(await queries.AskAsync(request, body.Question, Now(body.Now), ct));
    }

    private static async Task<Ok<ItemsResponse>> ItemsAsync(HttpContext http, SqliteContentStore store, CancellationToken ct)
    {
        var body = await ReadJsonAsync<ItemsRequest>(http.Request, ct);
        var names = new NameResolver(store);
        return TypedResults.Ok(await new ItemIntake(store, names).WriteAsync(await PersonAsync(http, names, ct), body, ct));
    }

    private static async Task<(QueryService, Request)> RequestAsync(HttpContext http, SqliteContentStore store, IAnswerer answerer, string? shownIn, CancellationToken ct)
    {
        // Built per request: the name resolver caches the people it has read.
        var names = new NameResolver(store);
        var request = await new RequestFactory(names).CreateAsync(await PersonAsync(http, names, ct), string.IsNullOrWhiteSpace(shownIn) ? null : shownIn, ct);
        return (new QueryService(store, store, answerer, store, team: new TeamAnswerer(store, store, FactPipeline.WithRules(store), new RoleFinder(store, store, store))), request);
    }

    private static async Task<Person> PersonAsync(HttpContext http, NameResolver names, CancellationToken ct) =>
        await names.PersonAsync(ApiTokenAuthentication.PersonId(http.User), ct)
        ?? throw new NotAllowedException("The token's person is no longer known to Mosaic; make a new token.");

    private static DateTimeOffset? Now(string? now) =>
        now is null ? null : Cli.CliOptions.ParseTime("now", now);

    private static async Task<T> ReadJsonAsync<T>(HttpRequest request, CancellationToken ct)
    {
        if (!request.HasJsonContentType())
        {
            throw new MosaicException("Send the body as JSON, with Content-Type: application/json.");
        }

        try
        {
            return await JsonSerializer.DeserializeAsync<T>(request.Body, cancellationToken: ct)
                ?? throw new MosaicException("The body is null; send a JSON object.");
        }
        catch (JsonException e)
        {
            throw new MosaicException($"The body is not the JSON expected here: {e.Message}");
        }
    }

    /// Problems the person can act on carry Mosaic's message; anything else is a 500 that says only where to look.
    private static async ValueTask<object?> ProblemsAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (NotAllowedException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status403Forbidden, title: "Not allowed");
        }
        catch (MosaicException e)
        {
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest, title: "Bad request");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var http = context.HttpContext;
            Log.Failed(http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Mosaic.Http.Api"), e, http.Request.Method, http.Request.Path);
            return TypedResults.Problem("Mosaic failed unexpectedly; the server's log has the details.", statusCode: StatusCodes.Status500InternalServerError);
        }
    }
}
