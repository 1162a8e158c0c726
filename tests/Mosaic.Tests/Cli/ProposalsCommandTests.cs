using System.Text.Json.Nodes;
using Mosaic.Tests.Fakes;
using static Mosaic.Tests.Fakes.TestWorkspace;

namespace Mosaic.Tests.Cli;

/// `mosaic proposals`, `proposals accept` and `proposals reject`: what Mosaic proposes from what it learned, limited to
/// what the person may see, and people's decisions on it, with clear errors that change nothing.
public sealed class ProposalsCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private async Task<string> ImportedDbAsync()
    {
        var folder = PaymentDecisions()
            .Message(Leadership, "1757671200.000100", Maya, "@tomas can you draft the budget memo by Friday?")
            .WriteFolder(_temp.File("export"));
        var db = _temp.File("proposals.db");
        Assert.Equal(0, (await CliRunner.RunAsync("import", "slack", folder, "--db", db)).ExitCode);
        return db;
    }

    private static async Task<JsonArray> ListAsync(string db, string person, bool all = false)
    {
        var result = await CliRunner.RunAsync(["proposals", "--as", person, "--json", "--db", db, .. all ? new[] { "--all" } : []]);
        Assert.Equal(0, result.ExitCode);
        return JsonNode.Parse(result.Out)!["proposals"]!.AsArray();
    }

    private static JsonNode Single(JsonArray proposals, string kind) =>
        Assert.Single(proposals, p => p!["kind"]!.GetValue<string>() == kind)!;

    [Fact]
    public async Task Proposals_ListsWhatThePersonMaySee_WithKindTitlePersonReplacedChoiceAndSource()
    {
        var db = await ImportedDbAsync();

        var lena = await ListAsync(db, "lena");
        var text = await CliRunner.RunAsync("proposals", "--as", "lena", "--db", db);

        Assert.Equal(2, lena.Count);
        var decision = Single(lena, "decision_record");
        Assert.Equal(("pending", "payment provider: Adyen", "Adyen"), (decision["status"]!.GetValue<string>(), decision["title"]!.GetValue<string>(), decision["value"]!.GetValue<string>()));
        Assert.Equal("Stripe", decision["replaced"]!["value"]!.GetValue<string>());
        Assert.Equal($"slack:{Dev}/1757498400.000100", decision["replaced"]!["source"]!.GetValue<string>());
        Assert.Equal($"slack:{Dev}/1757584800.000100", decision["source"]!["id"]!.GetValue<string>());
        Assert.Null(decision["decision"]);
        var backlog = Single(lena, "backlog_item");
        Assert.Equal(("update the pricing page for Adyen", "priya"), (backlog["title"]!.GetValue<string>(), backlog["person"]!.GetValue<string>()));
        Assert.StartsWith("2025-09-12", backlog["due"]!.GetValue<string>());
        Assert.Equal("#dev", backlog["source"]!["conversation"]!.GetValue<string>());

        Assert.Equal(0, text.ExitCode);
        Assert.Contains("Pending proposals (2)", text.Out);
        Assert.Contains("decision record  payment provider: Adyen  replaces Stripe (from 2025-09-10)  #dev, 2025-09-11", text.Out);
        Assert.Contains("backlog item     update the pricing page for Adyen  @priya · due 2025-09-12", text.Out);
        Assert.Contains("mosaic proposals accept ID --as PERSON", text.Out);
        Assert.DoesNotContain("budget", text.Out);
        Assert.Equal(["draft the budget memo", "update the pricing page for Adyen"],
            (await ListAsync(db, "maya")).Where(p => p!["kind"]!.GetValue<string>() == "backlog_item").Select(p => p!["title"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Accept_WritesMOS1IntoMosaicsBacklog_AndListingWithAllShowsWhoDecided()
    {
        var db = await ImportedDbAsync();
        var id = Single(await ListAsync(db, "lena"), "backlog_item")["id"]!.GetValue<long>();

        var accept = await CliRunner.RunAsync("proposals", "accept", $"{id}", "--as", "lena", "--db", db);

        Assert.Equal(0, accept.ExitCode);
        Assert.Contains($"Accepted proposal {id}: MOS-1 \"update the pricing page for Adyen\" is in Mosaic's backlog, To Do, assigned to @priya, visible to the members of #dev.", accept.Out);
        Assert.Single(await ListAsync(db, "lena"));
        var decided = Single(await ListAsync(db, "lena", all: true), "backlog_item");
        Assert.Equal(("accepted", "lena", "backlog:MOS-1", "MOS-1"), (decided["status"]!.GetValue<string>(), decided["decision"]!["by"]!.GetValue<string>(),
            decided["decision"]!["result"]!.GetValue<string>(), decided["decision"]!["result_ref"]!.GetValue<string>()));
        var search = JsonNode.Parse((await CliRunner.RunAsync("search", "pricing page", "--as", "priya", "--json", "--db", db)).Out)!;
        Assert.Contains(search["results"]!.AsArray(), r => r!["id"]!.GetValue<string>() == "backlog:MOS-1");
        var text = await CliRunner.RunAsync("proposals", "--as", "lena", "--all", "--db", db);
        Assert.Contains($"accepted by lena on {decided["decision"]!["at"]!.GetValue<string>()[..10]} → backlog:MOS-1", text.Out);
    }

    [Fact]
    public async Task Reject_IsFinal_AndKeepsTheReason()
    {
        var db = await ImportedDbAsync();
        var id = Single(await ListAsync(db, "maya"), "decision_record")["id"]!.GetValue<long>();

        var reject = await CliRunner.RunAsync("proposals", "reject", $"{id}", "--as", "maya", "--reason", "recorded in the wiki", "--json", "--db", db);
        var again = await CliRunner.RunAsync("proposals", "accept", $"{id}", "--as", "maya", "--db", db);

        Assert.Equal(0, reject.ExitCode);
        var rejected = JsonNode.Parse(reject.Out)!["proposal"]!;
        Assert.Equal(("rejected", "recorded in the wiki"), (rejected["status"]!.GetValue<string>(), rejected["decision"]!["reason"]!.GetValue<string>()));
        Assert.Equal(1, again.ExitCode);
        Assert.Contains($"Proposal {id} was rejected already by maya", again.Error);
        Assert.DoesNotContain(await ListAsync(db, "maya"), p => p!["kind"]!.GetValue<string>() == "decision_record");
    }

    [Fact]
    public async Task DecidingAnUnknownOrUnseenProposal_FailsWithItsNumber_AndChangesNothing()
    {
        var db = await ImportedDbAsync();
        var budget = Assert.Single(await ListAsync(db, "tomas"))!["id"]!.GetValue<long>();

        var unknown = await CliRunner.RunAsync("proposals", "accept", "999", "--as", "lena", "--db", db);
        var unseen = await CliRunner.RunAsync("proposals", "accept", $"{budget}", "--as", "lena", "--db", db);
        var unseenReject = await CliRunner.RunAsync("proposals", "reject", $"{budget}", "--as", "priya", "--db", db);

        Assert.Equal(1, unknown.ExitCode);
        Assert.StartsWith("error: There is no proposal 999;", unknown.Error);
        Assert.Equal(1, unseen.ExitCode);
        Assert.Contains($"Proposal {budget} comes from something you may not see", unseen.Error);
        Assert.Equal(1, unseenReject.ExitCode);
        Assert.Equal("pending", Assert.Single(await ListAsync(db, "tomas"))!["status"]!.GetValue<string>());
        Assert.DoesNotContain("MOS-", (await CliRunner.RunAsync("search", "budget memo", "--as", "tomas", "--json", "--db", db)).Out);
    }

    [Fact]
    public async Task AcceptsHelp_SaysNothingLeavesMosaic_AndThatTheItemCanBeExportedLater()
    {
        var help = await CliRunner.RunAsync("proposals", "accept", "--help");

        Assert.Contains("Nothing is sent to Jira, GitHub or Slack", help.Out);
        Assert.Contains("exported or handed to your tracker later", help.Out);
    }
}
