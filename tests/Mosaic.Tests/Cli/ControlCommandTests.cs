using System.Text.Json;
using Mosaic.Tests.Fakes;
using static Mosaic.Tests.Fakes.TestWorkspace;

namespace Mosaic.Tests.Cli;

/// people, share, unshare, me, me export, forget and audit, through the real command line.
public sealed class ControlCommandTests : WorkspaceTest
{
    private string _note = "";

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        _note = (await AddPersonalAsync(Store, Maya, "notes", ("plan.md#top", "Heron plan: the quiet launch is on March 2")))[0];
    }

    private Task<CliRunner.Result> Run(params string[] args) => CliRunner.RunAsync([.. args, "--db", DatabasePath]);

    [Fact]
    public async Task ShareThenUnshare_ChangesWhoFindsTheItem()
    {
        Assert.DoesNotContain(_note, (await Run("search", "heron plan", "--as", "priya", "--json")).Out);

        var share = await Run("share", _note, "--to", "#dev", "--as", "maya");
        var found = await Run("search", "heron plan", "--as", "priya", "--json");
        var unshare = await Run("unshare", _note, "--from", "dev", "--as", "maya");
        var gone = await Run("search", "heron plan", "--as", "priya", "--json");

        Assert.Equal(0, share.ExitCode);
        Assert.Contains("its members can now see it", share.Out);
        Assert.Contains(_note, found.Out);
        Assert.Contains("only you can see it again", unshare.Out);
        Assert.DoesNotContain(_note, gone.Out);
    }

    [Fact]
    public async Task Me_SummarisesBySourceAndScope()
    {
        var result = await Run("me", "--as", "maya");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("source 1: notes, 1 items", result.Out);
        Assert.Contains("#general: 1 messages you wrote", result.Out);
        Assert.Contains("Email: maya@harbor.example", result.Out);
    }

    [Fact]
    public async Task MeExport_WritesEverythingAsJson()
    {
        var file = Temp.File("maya.json");

        var result = await Run("me", "export", "--as", "maya", "--out", file);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(file));
        var root = json.RootElement;
        Assert.Equal("maya", root.GetProperty("person").GetProperty("handle").GetString());
        var item = Assert.Single(root.GetProperty("personal_items").EnumerateArray());
        Assert.Equal(_note, item.GetProperty("item").GetProperty("id").GetString());
        Assert.Contains("March 2", item.GetProperty("item").GetProperty("text").GetString());
        Assert.Equal(2, root.GetProperty("authored").GetArrayLength());
    }

    [Fact]
    public async Task Forget_WantsConfirmation_ThenForgets()
    {
        var refused = await Run("forget", "--as", "maya", "--item", _note);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("add --yes", refused.Error);

        var forgotten = await Run("forget", "--as", "maya", "--item", _note, "--yes");

        Assert.Equal(0, forgotten.ExitCode);
        Assert.Contains("Forgot 1 item(s)", forgotten.Out);
        Assert.DoesNotContain(_note, (await Run("search", "heron plan", "--as", "maya", "--json")).Out);
    }

    [Fact]
    public async Task Audit_ListsWhoWasShownTheSlice()
    {
        await Run("ask", "what is the heron plan?", "--as", "maya");
        await Run("share", _note, "--to", "#general", "--as", "maya");
        await Run("ask", "what is the heron plan?", "--as", "tomas", "--in", "#general");

        var result = await Run("audit", "--as", "maya", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var shown = json.RootElement.GetProperty("shown").EnumerateArray().ToList();
        Assert.Equal(2, shown.Count);
        Assert.Equal("tomas", shown[0].GetProperty("asker").GetString());
        Assert.Equal("#general", shown[0].GetProperty("shown_in").GetString());
        Assert.Equal(4, shown[0].GetProperty("audience").GetArrayLength());
    }

    [Fact]
    public async Task People_ListsIdentities_AsJson()
    {
        var result = await Run("people", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var maya = json.RootElement.GetProperty("people").EnumerateArray().Single(p => p.GetProperty("handle").GetString() == "maya");
        var identities = maya.GetProperty("identities").EnumerateArray().Select(i => i.GetProperty("value").GetString()).ToList();
        Assert.Contains("maya@harbor.example", identities);
        Assert.Contains(Maya, identities);
    }
}
