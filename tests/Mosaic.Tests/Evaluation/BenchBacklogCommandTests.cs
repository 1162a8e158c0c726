using System.Text.Json;
using Mosaic.Tests.Cli;

namespace Mosaic.Tests.Evaluation;

/// `mosaic bench backlog` in a small configuration: it runs and reports what it promises. No timing is asserted.
public sealed class BenchBacklogCommandTests
{
    [Fact]
    public async Task Backlog_ImportsEveryGeneratedIssue_LinksChat_AndTimesTheParseBaseline()
    {
        var run = await CliRunner.RunAsync("bench", "backlog", "--items", "300", "--json");

        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal("backlog", root.GetProperty("benchmark").GetString());
        Assert.Equal(300, root.GetProperty("items").GetInt32());
        Assert.Equal(300, root.GetProperty("stored").GetInt32());
        Assert.Equal(0, root.GetProperty("import_errors").GetInt32());
        Assert.Equal(0, root.GetProperty("import_warnings").GetInt32());
        Assert.InRange(root.GetProperty("messages_linked").GetInt32(), 1, root.GetProperty("chat_messages").GetInt32());
        foreach (var name in new[] { "parse_only_items_per_second", "import_items_per_second", "reimport_items_per_second", "import_to_parse_time_ratio" })
        {
            Assert.True(root.GetProperty(name).GetDouble() > 0, name);
        }
    }

    [Fact]
    public async Task Backlog_ATableWithoutJson_AndSizesOutOfRangeAreRefused()
    {
        var table = await CliRunner.RunAsync("bench", "backlog", "--items", "50");
        var refused = await CliRunner.RunAsync("bench", "backlog", "--items", "5");

        Assert.Equal(0, table.ExitCode);
        Assert.Contains("parse only (baseline)", table.Out);
        Assert.Contains("50 issues", table.Out);
        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("--items", refused.Error);
    }
}
