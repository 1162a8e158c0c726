using Mosaic.Connectors.Backlog;
using Mosaic.Ingestion;
using Mosaic.Team;
using Mosaic.Tests.Fakes;

namespace Mosaic.Tests.Team;

/// An action item whose message names a ticket is done once the backlog says the ticket is, whichever came first, and
/// only for audiences that may see the ticket; a ticket closed before the promise was made closes nothing.
public sealed class BacklogClosesActionItemsTests() : FactStoreTest(new DateTimeOffset(2025, 10, 20, 9, 0, 0, TimeSpan.Zero)), IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private async Task ImportAsync(string status, string resolved, string? visibleTo = null)
    {
        var path = _temp.File($"backlog-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(path, $"key,summary,status,created,resolved\nHBR-203,CSV export times out,{status},2025-10-01T09:00:00Z,{resolved}\n");
        var report = await new BacklogImporter(Store, Store).ImportAsync(path, new BacklogImportOptions(BacklogFormats.Csv, visibleTo));
        Assert.Equal(0, report.Errors);
    }

    private async Task<string?> StatusAsync(string asker, string? shownIn = null)
    {
        await FactPipeline.WithRules(Store).RunAsync();
        return Assert.Single(await FactsAsync(FactKind.ActionItem, asker, shownIn), f => f.Current).Status;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task TheBacklogClosingTheTicket_ClosesTheActionItem(bool backlogFirst)
    {
        if (backlogFirst)
        {
            await ImportAsync("In Progress", "");
        }

        await PostAsync("CDEV", 1, "CSV export times out for big clinics, that's HBR-203. I'll take it this sprint.", "UP");
        Assert.Equal(ActionItemExtractor.Open, await StatusAsync("lena"));

        await ImportAsync("Done", "2025-10-28T16:00:00Z");
        Assert.Equal(ActionItemExtractor.Done, await StatusAsync("lena"));
    }

    [Fact]
    public async Task ATicketClosedBeforeThePromise_ClosesNothing()
    {
        await ImportAsync("Done", "2025-10-02T16:00:00Z");
        await PostAsync("CDEV", 1, "HBR-203 is back for big clinics. I'll take it this sprint.", "UP");

        Assert.Equal(ActionItemExtractor.Open, await StatusAsync("lena"));
    }

    [Fact]
    public async Task ATicketOnlySomeMaySee_ClosesTheItemOnlyForThem()
    {
        await PostAsync("CDEV", 1, "CSV export times out for big clinics, that's HBR-203. I'll take it this sprint.", "UP");
        await ImportAsync("Done", "2025-10-28T16:00:00Z", visibleTo: "leadership");

        Assert.Equal(ActionItemExtractor.Done, await StatusAsync("maya"));
        Assert.Equal(ActionItemExtractor.Open, await StatusAsync("lena"));
        Assert.Equal(ActionItemExtractor.Open, await StatusAsync("maya", "dev"));
    }
}
