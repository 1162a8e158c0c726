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
}
