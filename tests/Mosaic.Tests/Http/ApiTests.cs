using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Mosaic.Tests.Cli;

namespace Mosaic.Tests.Http;

/// The HTTP API over real HTTP on loopback: tokens, the audience rule, the CLI's JSON shapes, posted items,
/// rate limits and the OpenAPI document.
public sealed class ApiTests(ApiServer server) : IClassFixture<ApiServer>
{
    private const string BoardQuestion = "When is the board meeting now that it has been moved?";

    [Fact]
    public async Task ATokenActsAsItsPerson_AndOnlyItsHashIsStored()
    {
        var token = await server.TokenAsync("maya");

        var (status, body, _) = await server.SendAsync(HttpMethod.Get, "/api/v1/me", token);

        Assert.True(status == 200, $"GET /api/v1/me answered {status}: {body}");
        Assert.Equal("maya", body!["person"]!.GetValue<string>());
        Assert.Equal(token[..12], body["token"]!.GetValue<string>());
        var listed = await CliRunner.RunAsync("token", "list", "--as", "maya", "--db", server.Database);
        Assert.True(listed.Out.Contains(token[..12], StringComparison.Ordinal), $"token list: {listed.Out}{listed.Error}");
        Assert.DoesNotContain(token, listed.Out);
        var meRun = await CliRunner.RunAsync("me", "--as", "maya", "--json", "--db", server.Database);
        Assert.True(meRun.ExitCode == 0, meRun.Error);
        var me = JsonNode.Parse(meRun.Out)!;
        Assert.Contains(me["api_tokens"]!.AsArray(), t => t!["prefix"]!.GetValue<string>() == token[..12]);
        var files = Directory.GetFiles(Path.GetDirectoryName(server.Database)!, "mosaic.db*").Select(File.ReadAllBytes);
        Assert.DoesNotContain(files, bytes => Encoding.ASCII.GetString(bytes).Contains(token[13..], StringComparison.Ordinal));
    }

    [Fact]
    public async Task MissingWrongAndRevokedTokens_Get401SayingWhich()
    {
        var token = await server.TokenAsync("tom");
        Assert.Equal(200, (await server.SendAsync(HttpMethod.Get, "/api/v1/me", token)).Status);

        var none = await server.SendAsync(HttpMethod.Get, "/api/v1/search?q=release", null);
        var slackToken = await server.SendAsync(HttpMethod.Get, "/api/v1/search?q=release", "xoxb-123-456");
        var guessed = await server.SendAsync(HttpMethod.Get, "/api/v1/search?q=release", token[..13] + new string('A', 43));
        var revoked = await CliRunner.RunAsync("token", "revoke", token[..12], "--db", server.Database);
        var afterRevoke = await server.SendAsync(HttpMethod.Get, "/api/v1/me", token);

        Assert.Equal(0, revoked.ExitCode);
        Assert.All([none, slackToken, guessed, afterRevoke], r => Assert.Equal(401, r.Status));
        Assert.Contains("mosaic token create", none.Body!["detail"]!.GetValue<string>());
        Assert.Contains("not a Mosaic API token", slackToken.Body!["detail"]!.GetValue<string>());
        Assert.Contains("unknown or was revoked", guessed.Body!["detail"]!.GetValue<string>());
        Assert.Contains("unknown or was revoked", afterRevoke.Body!["detail"]!.GetValue<string>());
        Assert.Equal("Bearer", afterRevoke.Response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task SearchAndAsk_AnswerInTheCliJsonShape()
    {
        var token = await server.TokenAsync("priya");
        const string Now = "2025-11-28T12:00:00Z";

        var search = await server.SendAsync(HttpMethod.Get, $"/api/v1/search?q=payment+provider&in=%23dev&limit=5&now={Now}", token);
        var cliSearch = await CliRunner.RunAsync("search", "payment provider", "--as", "priya", "--in", "#dev", "--limit", "5", "--now", Now, "--json", "--db", server.Database);
        var ask = await server.PostAsync("/api/v1/ask", token, new JsonObject { ["question"] = "Which payment provider did we pick?", ["in"] = "#dev", ["now"] = Now });
        var cliAsk = await CliRunner.RunAsync("ask", "Which payment provider did we pick?", "--as", "priya", "--in", "#dev", "--now", Now, "--json", "--db", server.Database);

        Assert.Equal(200, search.Status);
        Assert.NotEmpty(search.Body!["results"]!.AsArray());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(cliSearch.Out), search.Body), $"API:\n{search.Body}\nCLI:\n{cliSearch.Out}");
        Assert.Equal(200, ask.Status);
        Assert.NotEmpty(ask.Body!["citations"]!.AsArray());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(cliAsk.Out), ask.Body), $"API:\n{ask.Body}\nCLI:\n{cliAsk.Out}");
    }

    [Fact]
    public async Task AnAnswerShownInAChannel_UsesOnlyWhatEveryMemberMaySee()
    {
        var maya = await server.TokenAsync("maya");

        var forMaya = await server.PostAsync("/api/v1/ask", maya, new JsonObject { ["question"] = BoardQuestion });
        var inGeneral = await server.PostAsync("/api/v1/ask", maya, new JsonObject { ["question"] = BoardQuestion, ["in"] = "#general" });

        Assert.Contains("December 3", forMaya.Body!.ToJsonString());
        Assert.Equal(200, inGeneral.Status);
        Assert.DoesNotContain("December 3", inGeneral.Body!.ToJsonString());
        Assert.DoesNotContain(inGeneral.Body!["citations"]!.AsArray(), c => c!["source"]!.GetValue<string>() is not "slack" || c["conversation"]?.GetValue<string>() != "#general");
    }

    [Fact]
    public async Task AskingInAConversationThePersonIsNotIn_Is403()
    {
        var lena = await server.TokenAsync("lena");

        var (status, body, _) = await server.PostAsync("/api/v1/ask", lena, new JsonObject { ["question"] = "What is the hiring budget?", ["in"] = "#leadership" });
        var search = await server.SendAsync(HttpMethod.Get, "/api/v1/search?q=budget&in=G08J57X5Y6Z", lena);

        // #leadership is private: for Lena it does not exist, so the answer is the same as for a made-up name.
        Assert.Equal(400, status);
        Assert.Contains("No conversation named \"#leadership\" that lena can see", body!["detail"]!.GetValue<string>());
        Assert.Equal(400, search.Status);
        var omar = await server.TokenAsync("omar");
        var notMember = await server.SendAsync(HttpMethod.Get, "/api/v1/search?q=staging&in=%23incidents", omar);
        Assert.Equal(403, notMember.Status);
        Assert.Contains("omar is not a member of #incidents", notMember.Body!["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task PostedItems_ArePersonalByDefault_AndReachOthersOnlyWhereThePosterSaid()
    {
        var maya = await server.TokenAsync("maya");
        var tom = await server.TokenAsync("tom");
        var omar = await server.TokenAsync("omar");
        JsonObject Item(string itemRef, string text) => new() { ["ref"] = itemRef, ["text"] = text, ["title"] = "Wiki " + itemRef, ["timestamp"] = "2025-11-20T10:00:00+01:00" };

        var personal = await server.PostAsync("/api/v1/items", maya, new JsonObject { ["source"] = "wiki", ["items"] = new JsonArray(Item("p1", "The quokka budget spreadsheet lives on the shared drive")) });
        var shared = await server.PostAsync("/api/v1/items", maya, new JsonObject { ["source"] = "wiki", ["visibility"] = "workspace", ["items"] = new JsonArray(Item("p2", "The wombat onboarding checklist is ready")) });
        var inDev = await server.PostAsync("/api/v1/items", maya, new JsonObject { ["source"] = "wiki", ["visibility"] = "#incidents", ["items"] = new JsonArray(Item("p3", "The numbat staging password rotates monthly")) });

        Assert.Equal(200, personal.Status);
        Assert.Equal(1, personal.Body!["added"]!.GetValue<int>());
        Assert.Equal("wiki:p" , personal.Body["ids"]![0]!.GetValue<string>()[..6]);
        async Task<int> Found(string token, string word) =>
            (await server.SendAsync(HttpMethod.Get, "/api/v1/search?q=" + word, token)).Body!["results"]!.AsArray()
                .Count(r => r!["text"]!.GetValue<string>().Contains(word, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(1, await Found(maya, "quokka"));
        Assert.Equal(0, await Found(tom, "quokka"));
        Assert.Equal(1, await Found(tom, "wombat"));
        Assert.Equal(1, await Found(omar, "wombat"));
        Assert.Equal(1, await Found(tom, "numbat"));
        Assert.Equal(0, await Found(omar, "numbat"));
        Assert.Equal(200, inDev.Status);
        Assert.Equal(200, shared.Status);

        // The same ref again replaces the item; another person's same ref is their own item.
        var again = await server.PostAsync("/api/v1/items", maya, new JsonObject { ["source"] = "wiki", ["items"] = new JsonArray(Item("p1", "The quokka budget spreadsheet moved to the finance folder")) });
        var tomsP1 = await server.PostAsync("/api/v1/items", tom, new JsonObject { ["source"] = "wiki", ["items"] = new JsonArray(Item("p1", "Tom's quokka notes")) });
        Assert.Equal(1, again.Body!["updated"]!.GetValue<int>());
        Assert.Equal(1, tomsP1.Body!["added"]!.GetValue<int>());
        var mayas = (await server.SendAsync(HttpMethod.Get, "/api/v1/search?q=quokka", maya)).Body!["results"]!.AsArray();
        Assert.Equal("The quokka budget spreadsheet moved to the finance folder", Assert.Single(mayas)!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task BadPosts_NameWhatIsWrong_AndStoreNothing()
    {
        var tom = await server.TokenAsync("tom");
        JsonArray Items(params string?[] texts) => [.. texts.Select((t, i) => (JsonNode)new JsonObject { ["ref"] = $"bad{i}", ["text"] = t })];

        var cases = new (JsonNode Body, int Status, string Says)[]
        {
            (new JsonObject { ["source"] = "wiki", ["items"] = Items("fine platypus", null) }, 400, "items[1].text: missing or empty"),
            (new JsonObject { ["source"] = "wiki", ["items"] = Items("fine platypus", new string('x', 200_001)) }, 400, "items[1].text: 200,001 characters"),
            (new JsonObject { ["source"] = "slack", ["items"] = Items("fine platypus") }, 400, "\"slack\" is Mosaic's own"),
            (new JsonObject { ["source"] = "Wiki Pages", ["items"] = Items("fine platypus") }, 400, "is not a source name"),
            (new JsonObject { ["source"] = "wiki", ["items"] = new JsonArray() }, 400, "items: give at least one item"),
            (new JsonObject { ["source"] = "wiki", ["visibility"] = "#design", ["items"] = Items("fine platypus") }, 403, "tom is not a member of #design"),
            (new JsonObject { ["source"] = "wiki", ["items"] = new JsonArray(new JsonObject { ["ref"] = "t", ["text"] = "fine platypus", ["timestamp"] = "next tuesday" }) }, 400, "items[0].timestamp"),
        };

        foreach (var (body, status, says) in cases)
        {
            var response = await server.PostAsync("/api/v1/items", tom, body);
            Assert.Equal(status, response.Status);
            Assert.Contains(says, response.Body!["detail"]!.GetValue<string>());
        }

        var notJson = await server.SendAsync(HttpMethod.Post, "/api/v1/items", tom, new StringContent("{\"source\": \"wiki\", \"items\": [", Encoding.UTF8, "application/json"));
        var badUtf8 = await server.SendAsync(HttpMethod.Post, "/api/v1/items", tom, new ByteArrayContent([.. "{\"source\":\"wiki\",\"items\":[{\"ref\":\"u\",\"text\":\"platypus "u8, 0xC3, 0x28, .. "\"}]}"u8])
        {
            Headers = { ContentType = new("application/json") },
        });
        var wrongType = await server.SendAsync(HttpMethod.Post, "/api/v1/items", tom, new StringContent("source=wiki", Encoding.UTF8, "text/plain"));

        Assert.Equal(400, notJson.Status);
        Assert.Contains("not the JSON expected", notJson.Body!["detail"]!.GetValue<string>());
        Assert.Equal(400, badUtf8.Status);
        Assert.Equal(415, wrongType.Status);
        var badLimit = await server.SendAsync(HttpMethod.Get, "/api/v1/search?q=platypus&limit=lots", tom);
        var hugeLimit = await server.SendAsync(HttpMethod.Get, "/api/v1/search?q=platypus&limit=5000", tom);
        Assert.Contains("limit: \"lots\" is not a whole number", badLimit.Body!["detail"]!.GetValue<string>());
        Assert.Contains("between 1 and 1000", hugeLimit.Body!["detail"]!.GetValue<string>());
        Assert.Empty((await server.SendAsync(HttpMethod.Get, "/api/v1/search?q=platypus", tom)).Body!["results"]!.AsArray());
    }

    [Fact]
    public async Task EachTokenHasItsOwnRateLimit_AndARefusalSaysWhenToComeBack()
    {
        var limited = await server.StartAsync(new Dictionary<string, string?> { ["Mosaic:Api:Burst"] = "3", ["Mosaic:Api:RequestsPerMinute"] = "1" });
        var dan = await server.TokenAsync("dan");
        var sofia = await server.TokenAsync("sofia");

        var statuses = new List<int>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await server.SendAsync(HttpMethod.Get, "/api/v1/me", dan, url: limited)).Status);
        }

        var refused = await server.SendAsync(HttpMethod.Get, "/api/v1/search?q=deploy", dan, url: limited);
        var other = await server.SendAsync(HttpMethod.Get, "/api/v1/me", sofia, url: limited);

        Assert.Equal([200, 200, 200, 429, 429], statuses);
        Assert.Equal(429, refused.Status);
        Assert.True(refused.Response.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        Assert.Contains("1 a minute per token", refused.Body!["detail"]!.GetValue<string>());
        Assert.Equal(200, other.Status);
    }

    [Fact]
    public async Task TheOpenApiDocument_DescribesTheApiAndItsToken()
    {
        var (status, body, _) = await server.SendAsync(HttpMethod.Get, "/openapi/v1.json", null);

        Assert.Equal(200, status);
        var paths = body!["paths"]!.AsObject();
        Assert.Contains("/api/v1/search", paths.Select(p => p.Key));
        Assert.Contains("/api/v1/ask", paths.Select(p => p.Key));
        Assert.Contains("/api/v1/items", paths.Select(p => p.Key));
        Assert.NotNull(paths["/api/v1/ask"]!["post"]!["requestBody"]);
        Assert.NotNull(paths["/api/v1/search"]!["get"]!["responses"]!["200"]);
        Assert.Equal("bearer", body["components"]!["securitySchemes"]!["bearer"]!["scheme"]!.GetValue<string>());
    }
}
