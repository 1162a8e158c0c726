using System.Text.Json;
using Mosaic.Tests.Fakes;

namespace Mosaic.Tests.Cli;

/// `mosaic import backlog PATH [--format …] [--visible-to CHANNEL] [--url URL]` through the real command line.
public sealed class BacklogImportCommandTests : WorkspaceTest
{
    private Task<CliRunner.Result> Run(params string[] args) => CliRunner.RunAsync([.. args, "--db", DatabasePath]);

    private string Write(string name, string text)
    {
        var path = Temp.File(name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task VisibleTo_KeepsTheBacklogWithTheConversationsMembers_AndSaysSo()
    {
        var path = Write("jira.csv", "Issue key,Summary,Assignee\nSEC-1,Walrus budget review,Tomás Reyes\n");

        var result = await Run("import", "backlog", path, "--visible-to", "#leadership");
        var member = await Run("search", "walrus budget", "--as", "tomas", "--json");
        var outsider = await Run("search", "walrus budget", "--as", "priya", "--json");

        Assert.True(result.ExitCode == 0, result.Out + result.Error);
        Assert.Contains("Imported backlog jira.csv for the members of #leadership: 1 items — 1 new", result.Out);
        using var json = JsonDocument.Parse(member.Out);
        var hit = json.RootElement.GetProperty("results").EnumerateArray().First();
        Assert.Equal(("backlog:SEC-1", "backlog", "SEC-1", "#leadership"),
            (hit.GetProperty("id").GetString(), hit.GetProperty("source").GetString(), hit.GetProperty("ref").GetString(), hit.GetProperty("conversation").GetString()));
        Assert.DoesNotContain("walrus", outsider.Out, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task BadRows_ExitTwo_NamingEach_AndTheRestImports()
    {
        var path = Write("jira.csv", "Issue key,Summary,Created\nOTR-1,Good,2025-10-01\nOTR-2,Bad,someday\n");

        var result = await Run("import", "backlog", path, "--format", "jira-csv");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("1 items — 1 new", result.Out);
        Assert.Contains("jira.csv, line 3: Created: cannot read \"someday\" as a date", result.Out);
    }

    [Fact]
    public async Task AFormatItDoesNotKnow_OrAFileThatIsNotThere_IsAnError()
    {
        var unknown = await Run("import", "backlog", Write("x.csv", "key\nA-1\n"), "--format", "trello");
        var missing = await Run("import", "backlog", Temp.File("nothere.csv"));

        Assert.NotEqual(0, unknown.ExitCode);
        Assert.Contains("trello", unknown.Error);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("nothere.csv: no such file", missing.Error);
    }
}
