using System.Text.Json.Nodes;
using Mosaic.Tests.Fakes;
using static Mosaic.Tests.Fakes.TestWorkspace;

namespace Mosaic.Tests.Cli;

/// `mosaic team show`: learned facts with what they replaced, each citing its item, limited to what the viewer may see.
public sealed class TeamCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private async Task<string> ImportedDbAsync()
    {
        var folder = PaymentDecisions()
            .Message(Leadership, "1757671200.000100", Maya, "Decision: we go with Mollie as the payment provider next year, keep it here for now.")
            .WriteFolder(_temp.File("export"));
        var db = _temp.File("team.db");
        Assert.Equal(0, (await CliRunner.RunAsync("import", "slack", folder, "--db", db)).ExitCode);
        return db;
    }

    /// Basic's people (maya's profile says Product Owner, tomas's Scrum Master), a question in #dev priya answers, and
    /// one in #leadership tomas answers.
    private async Task<string> TeamDbAsync()
    {
        const string root = "1757498400.000100", secret = "1757584800.000100";
        var folder = Basic()
            .Message(Dev, root, Lena, "How should we size the postgres connection pool for search?", m => m["thread_ts"] = root)
            .Message(Dev, "1757498460.000100", Priya, "Twenty connections per instance; pgbouncer in transaction mode handles the rest.", m => m["thread_ts"] = root)
            .Message(Dev, "1757498520.000100", Lena, "Perfect, thanks!", m => m["thread_ts"] = root)
            .Message(Leadership, secret, Maya, "How do we track the walrus contractor budget burn rate?", m => m["thread_ts"] = secret)
            .Message(Leadership, "1757584860.000100", Tomas, "Finance exports the walrus invoices monthly, divide by the weeks elapsed.", m => m["thread_ts"] = secret)
            .WriteFolder(_temp.File("team"));
        var db = _temp.File("roles.db");
        Assert.Equal(0, (await CliRunner.RunAsync("import", "slack", folder, "--db", db)).ExitCode);
        return db;
    }

    private static JsonNode Current(JsonNode facts, string subject) =>
        Assert.Single(facts["facts"]!.AsArray(), f => f!["subject"]!.GetValue<string>() == subject && f["current"]!.GetValue<bool>())!;

    [Fact]
    public async Task TeamShow_ListsTheCurrentDecision_WithWhatItReplaced_AndItsSource()
    {
        var db = await ImportedDbAsync();

        var lena = await CliRunner.RunAsync("team", "show", "--as", "lena", "--json", "--db", db);
        var text = await CliRunner.RunAsync("team", "show", "--as", "lena", "--db", db);

        Assert.Equal(0, lena.ExitCode);
        var facts = JsonNode.Parse(lena.Out)!;
        var current = Current(facts, "payment provider");
        Assert.Equal("Adyen", current["value"]!.GetValue<string>());
        Assert.Equal($"slack:{Dev}/1757584800.000100", current["source"]!["id"]!.GetValue<string>());
        var stripe = Assert.Single(facts["facts"]!.AsArray(), f => f!["value"]!.GetValue<string>() == "Stripe")!;
        Assert.False(stripe["current"]!.GetValue<bool>());
        Assert.Equal(current["id"]!.GetValue<long>(), stripe["replaced_by"]!.GetValue<long>());
        Assert.Equal(0, text.ExitCode);
        Assert.Contains("replaced Stripe on", text.Out);
        Assert.Contains("update the pricing page for Adyen (@priya) due 2025-09-12 [open]", text.Out);
    }

    [Fact]
    public async Task TeamShow_KeepsAPrivateChannelsFactsFromThoseOutsideIt()
    {
        var db = await ImportedDbAsync();

        var lena = JsonNode.Parse((await CliRunner.RunAsync("team", "show", "--as", "lena", "--json", "--db", db)).Out)!;
        var maya = JsonNode.Parse((await CliRunner.RunAsync("team", "show", "--as", "maya", "--json", "--db", db)).Out)!;
        var mayaInDev = JsonNode.Parse((await CliRunner.RunAsync("team", "show", "--as", "maya", "--in", "#dev", "--json", "--db", db)).Out)!;

        Assert.DoesNotContain("Mollie", lena.ToJsonString());
        Assert.Equal("Mollie", Current(maya, "payment provider")["value"]!.GetValue<string>());
        Assert.Equal("Adyen", Current(mayaInDev, "payment provider")["value"]!.GetValue<string>());
        Assert.DoesNotContain("Mollie", mayaInDev.ToJsonString());
    }

    [Fact]
    public async Task TeamShow_StartsWithPeopleAndRoles_ThenExpertise_EachCited()
    {
        var db = await TeamDbAsync();

        var text = await CliRunner.RunAsync("team", "show", "--as", "lena", "--db", db);
        var json = JsonNode.Parse((await CliRunner.RunAsync("team", "show", "--as", "lena", "--json", "--db", db)).Out)!;

        Assert.Equal(0, text.ExitCode);
        Assert.StartsWith("People and roles", text.Out);
        Assert.True(text.Out.IndexOf("Expertise", StringComparison.Ordinal) > text.Out.IndexOf("@maya  Product Owner (inferred", StringComparison.Ordinal));
        Assert.Contains("profile title \"Scrum Master\"", text.Out);
        Assert.Contains("@priya  1 answer: size postgres connection pool search", text.Out);
        var maya = Assert.Single(json["people"]!.AsArray(), p => p!["person"]!.GetValue<string>() == "maya")!;
        var po = Assert.Single(maya["roles"]!.AsArray())!;
        Assert.Equal(("product-owner", false), (po["role"]!.GetValue<string>(), po["configured"]!.GetValue<bool>()));
        Assert.Contains("Product Owner", po["evidence"]![0]!["what"]!.GetValue<string>());
        var priya = Assert.Single(json["expertise"]!.AsArray())!;
        Assert.Equal(("priya", 1), (priya["person"]!.GetValue<string>(), priya["answers"]!.GetValue<int>()));
        Assert.Equal($"slack:{Dev}/1757498460.000100", priya["topics"]![0]!["sources"]![0]!["id"]!.GetValue<string>());
        Assert.DoesNotContain("walrus", json.ToJsonString());
    }

    [Fact]
    public async Task TeamShow_ShowsPrivateChannelExpertise_OnlyToItsMembers_AndNotInAPublicChannel()
    {
        var db = await TeamDbAsync();

        var maya = JsonNode.Parse((await CliRunner.RunAsync("team", "show", "--as", "maya", "--json", "--db", db)).Out)!;
        var mayaInGeneral = JsonNode.Parse((await CliRunner.RunAsync("team", "show", "--as", "maya", "--in", "#general", "--json", "--db", db)).Out)!;

        Assert.Contains(maya["expertise"]!.AsArray(), e => e!["person"]!.GetValue<string>() == "tomas");
        Assert.DoesNotContain("walrus", mayaInGeneral.ToJsonString());
    }

    [Fact]
    public async Task TeamRoleSet_ConfiguresARole_ThatWinsOverTheInferredOne_UntilCleared()
    {
        var db = await TeamDbAsync();

        var set = await CliRunner.RunAsync("team", "role", "set", "scrum-master", "priya", "--db", db);
        var configured = await CliRunner.RunAsync("team", "show", "--as", "lena", "--db", db);
        var clear = await CliRunner.RunAsync("team", "role", "clear", "SM", "--db", db);
        var again = await CliRunner.RunAsync("team", "show", "--as", "lena", "--db", db);
        var wrong = await CliRunner.RunAsync("team", "role", "set", "architect", "priya", "--db", db);

        Assert.Equal(0, set.ExitCode);
        Assert.Contains("@priya is the Scrum Master by configuration", set.Out);
        Assert.Contains("@priya  Scrum Master (configured)", configured.Out);
        Assert.DoesNotContain("@tomas  Scrum Master", configured.Out);
        Assert.Contains("Cleared Scrum Master for 1 person", clear.Out);
        Assert.Contains("@tomas  Scrum Master (inferred", again.Out);
        Assert.NotEqual(0, wrong.ExitCode);
        Assert.Contains("\"architect\" is not a Scrum role", wrong.Error);
    }
}
