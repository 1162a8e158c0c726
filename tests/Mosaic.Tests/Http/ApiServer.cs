using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Mosaic.Evaluation;
using Mosaic.Http;
using Mosaic.Sample;
using Mosaic.Store.Sqlite;
using Mosaic.Tests.Cli;
using Mosaic.Tests.Fakes;

namespace Mosaic.Tests.Http;

/// The sample workspace behind `mosaic serve` on loopback, shared by a test class, with API tokens made through
/// the real `mosaic token create`.
public sealed class ApiServer : IAsyncLifetime
{
    private readonly TempFolder _temp = new();
    private readonly List<WebApplication> _servers = [];

    public string Database => _temp.File("mosaic.db");

    public string Url { get; private set; } = "";

    public HttpClient Http { get; } = new();

    public async ValueTask InitializeAsync()
    {
        var zip = _temp.File("sample.zip");
        var sample = SampleWorkspaceGenerator.WriteExport(zip);
        await using (var store = await SqliteContentStore.OpenAsync(Database))
        {
            await SampleLoader.ImportAsync(store, zip, sample);
            // As `mosaic demo` leaves it: the team model caught up, so the API and the CLI answer from the same facts.
            await Mosaic.Team.FactPipeline.WithRules(store).RunAsync();
        }

        Url = await StartAsync(new Dictionary<string, string?> { ["Mosaic:Api:Burst"] = "1000", ["Mosaic:Api:RequestsPerMinute"] = "60000" });
    }

    /// Another server on the same database, with its own settings.
    public async Task<string> StartAsync(Dictionary<string, string?> settings)
    {
        var server = await MosaicServer.BuildAsync(Database, "http://127.0.0.1:0", settings: settings, jsonLogs: false);
        await server.StartAsync();
        _servers.Add(server);
        return server.Urls.First();
    }

    public async Task<string> TokenAsync(string person)
    {
        var created = await CliRunner.RunAsync("token", "create", "--as", person, "--json", "--db", Database);
        Assert.True(created.ExitCode == 0, created.Error);
        return JsonNode.Parse(created.Out)!["token"]!.GetValue<string>();
    }

    public async Task<(int Status, JsonNode? Body, HttpResponseMessage Response)> SendAsync(
        HttpMethod method, string path, string? token, HttpContent? content = null, string? url = null)
    {
        using var request = new HttpRequestMessage(method, (url ?? Url) + path) { Content = content };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text), response);
    }

    public Task<(int Status, JsonNode? Body, HttpResponseMessage Response)> PostAsync(string path, string? token, JsonNode body) =>
        SendAsync(HttpMethod.Post, path, token, new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));

    public async ValueTask DisposeAsync()
    {
        foreach (var server in _servers)
        {
            await server.StopAsync();
            await server.DisposeAsync();
        }

        Http.Dispose();
        _temp.Dispose();
    }
}
