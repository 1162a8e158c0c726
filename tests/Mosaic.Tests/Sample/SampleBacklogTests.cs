using Mosaic.Evaluation;
using Mosaic.Permissions;
using Mosaic.Sample;
using Mosaic.Store;
using Mosaic.Store.Sqlite;
using Mosaic.Tests.Fakes;

namespace Mosaic.Tests.Sample;

/// The sample's backlog: two Jira CSV snapshots that agree with the chat, imported after it the way eval and the demo do.
public sealed class SampleBacklogTests : IAsyncLifetime
{
    private readonly TempFolder _temp = new();
    private SqliteContentStore _store = null!;
    private IReadOnlyList<(string What, Mosaic.Ingestion.ImportReport Report)> _reports = [];

    public async ValueTask InitializeAsync()
    {
        var zip = _temp.File("sample.zip");
        var sample = SampleWorkspaceGenerator.WriteExport(zip);
        _store = await SqliteContentStore.OpenAsync(_temp.File("sample.db"));
        _reports = await SampleLoader.ImportAsync(_store, zip, sample);
    }

    public async ValueTask DisposeAsync()
    {
        await _store.DisposeAsync();
        _temp.Dispose();
    }

    private async Task<AccessContext> AsAsync(string name) =>
        AccessContext.ForAsker((await _store.ListPeopleAsync()).Single(p => p.Handle == name).Id);

    [Fact]
    public async Task BothSnapshots_ImportWithoutProblems_AndTheLaterOneUpdatesTheEarlier()
    {
        var backlog = _reports.Where(r => r.What.StartsWith("backlog", StringComparison.Ordinal)).ToList();

        Assert.Equal(["backlog backlog-2025-10-31.csv", "backlog backlog.csv"], backlog.Select(r => r.What));
        Assert.All(backlog, r => Assert.Empty(r.Report.Problems));
        Assert.True(backlog[1].Report.Totals.ItemsUpdated > 10, $"{backlog[1].Report.Totals}");
        Assert.Equal(160, (await _store.ListAsync(new BacklogFilter(), await AsAsync("omar"))).Count);
    }

    [Fact]
    public async Task StorylineTickets_HaveTheChatsOwners_Sprints_AHistory_AndTheirMessages()
    {
        var access = await AsAsync("tom");
        var swapForm = await _store.GetAsync("HBR-142", access);
        var swapBug = await _store.GetAsync("HBR-187", access);

        Assert.Equal("sofia", Assert.Single(swapForm!.Assignees).Handle);
        Assert.Contains("slack:C08J51D3E4F/1758701700.000100", swapForm.Mentions.Select(m => m.Id));
        Assert.Equal(("dan", "lena", "Bug"), (Assert.Single(swapBug!.Assignees).Handle, swapBug.Item.Author, swapBug.Type));
        Assert.Equal(["In Progress", "Done"], swapBug.History.Select(h => h.Status));
        Assert.Contains("slack:C08J51D3E4F/1759480800.000100", swapBug.Mentions.Select(m => m.Id));
        Assert.Contains("Sprint 6", (await _store.GetAsync("HBR-215", access))!.Sprints);
    }

    [Fact]
    public async Task GroundTruth_BacklogIds_AreItemsOfTheImportedBacklog()
    {
        var ids = SampleWorkspaceGenerator.WriteExport(_temp.File("again/sample.zip")).GroundTruth
            .SelectMany(c => c.Expected).Where(i => i.StartsWith("backlog:", StringComparison.Ordinal)).ToList();

        Assert.Equal(4, ids.Count);
        foreach (var id in ids)
        {
            Assert.Equal(id, (await _store.GetAsync(id["backlog:".Length..], await AsAsync("maya")))?.Item.Id);
        }
    }

    [Fact]
    public async Task EveryTicketTheChatMentions_IsInTheBacklog()
    {
        var access = await AsAsync("maya");
        var newest = (await _store.ListAsync(new BacklogFilter(), access)).Max(i => i.Item.RowId);

        var links = await _store.LinksAsync([.. Enumerable.Range(1, (int)newest).Select(i => (long)i)], access);

        Assert.True(links.Count > 500, $"{links.Count} links");
        Assert.All(links, l => Assert.True(l.Imported, l.Key));
    }
}
