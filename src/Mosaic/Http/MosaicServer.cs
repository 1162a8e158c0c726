using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Mosaic.Answering;
using Mosaic.Connectors.Slack;
using Mosaic.Domain;
using Mosaic.Live;
using Mosaic.Store;
using Mosaic.Store.Sqlite;
using Mosaic.Team;

namespace Mosaic.Http;

/// `mosaic serve`: Kestrel on 127.0.0.1 unless told otherwise, configured from mosaic.json, then environment
/// variables (Mosaic__Slack__BotToken), then the given settings, each overriding the one before.
public static class MosaicServer
{
    public const string DefaultUrls = "http://127.0.0.1:8080";

    public static async Task<WebApplication> BuildAsync(
        string databasePath, string? urls = null, string? configFile = null, IDictionary<string, string?>? settings = null, bool jsonLogs = true, CancellationToken ct = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddJsonFile(Path.GetFullPath(configFile ?? "mosaic.json"), optional: configFile is null, reloadOnChange: false);
        builder.Configuration.AddEnvironmentVariables();
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.WebHost.UseUrls(urls ?? builder.Configuration["urls"] ?? DefaultUrls);
        builder.Logging.ClearProviders();
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        if (jsonLogs)
        {
            builder.Logging.AddJsonConsole(o => o.IncludeScopes = false);
        }
        else
        {
            builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        }

        var serve = builder.Configuration.GetSection(ServeOptions.Section).Get<ServeOptions>() ?? new ServeOptions();
        var store = await SqliteContentStore.OpenAsync(serve.Database ?? databasePath, ct);
        builder.Services
            .AddSingleton(store)
            .AddSingleton<IContentStore>(store)
            .AddSingleton<IDirectory>(store)
            .AddSingleton<IEventInbox>(store)
            .AddSingleton<IAuditLog>(store)
            .AddSingleton<IApiTokens>(store)
            .AddSingleton<IAnswerer, ExtractiveAnswerer>()
            .AddSingleton<InboxSignal>()
            .AddSingleton<SlackEvents>();
        builder.Services.AddOptions<ServeOptions>().BindConfiguration(ServeOptions.Section);
        builder.Services.AddOptions<SlackOptions>().BindConfiguration(SlackOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<SlackOptions>, SlackOptions.Validator>();
        builder.Services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ApiOptions>, ApiOptions.Validator>();
        builder.Services.AddAuthentication(ApiTokenAuthentication.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthentication>(ApiTokenAuthentication.SchemeName, null);
        builder.Services.AddAuthorization();
        // Nothing here protects data with keys (tokens are looked up by hash), so none are written to the user's profile.
        builder.Services.AddDataProtection().UseEphemeralDataProtectionProvider();
        builder.Services.AddRateLimiter(ApiLimits.Configure);
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer<ApiDocument>());
        builder.Services.AddHttpClient<SlackWebApi>((sp, http) =>
        {
            var slack = sp.GetRequiredService<IOptions<SlackOptions>>().Value;
            http.BaseAddress = new Uri(slack.ApiBaseUrl.EndsWith('/') ? slack.ApiBaseUrl : slack.ApiBaseUrl + "/");
            http.Timeout = TimeSpan.FromSeconds(30);
        }).AddTypedClient((http, sp) => new SlackWebApi(http, sp.GetRequiredService<IOptions<SlackOptions>>().Value.BotToken ?? ""));
        builder.Services.AddHostedService(sp => new InboxWorker(
            store, sp.GetRequiredService<SlackEvents>(),
            sp.GetRequiredService<IOptions<SlackOptions>>().Value.Enabled
                ? new SlackTeammate(store, store, sp.GetRequiredService<IAnswerer>(), store, sp.GetRequiredService<SlackWebApi>())
                : null,
            sp.GetRequiredService<InboxSignal>(),
            sp.GetRequiredService<IOptions<ServeOptions>>(), sp.GetRequiredService<ILogger<InboxWorker>>(),
            FactPipeline.WithRules(store)));

        var app = builder.Build();
        // Authentication first, so the rate limiter can count by token; authorization after it, so a flood of
        // requests without a valid token is limited too (by address).
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.MapHealth();
        app.MapSlackEvents();
        app.MapApi();
        app.MapOpenApi();
        app.Lifetime.ApplicationStopped.Register(() => store.DisposeAsync().AsTask().GetAwaiter().GetResult());

        var slackOptions = app.Services.GetRequiredService<IOptions<SlackOptions>>().Value;
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Mosaic.Http.Server");
        if (!slackOptions.Enabled)
        {
            Log.SlackOff(log);
        }
        else if (slackOptions.WorkspaceUrl is { } url)
        {
            await store.WriteAsync(new ImportBatch("configuration", new WorkspaceInfo(null, null, url.TrimEnd('/')), [], [], [], []), ct);
        }

        Log.Started(log, store.Where, (await store.CountAsync(ct)).Pending);
        return app;
    }
}
