using Mosaic.Store;
using Mosaic.Team;

namespace Mosaic.Tests.Team;

/// Action items through the store: a later "done" (explicit, or a bare one in the item's thread by its assignee)
/// closes the open item, a "done" elsewhere does not, and an item from a private channel stays there.
public sealed class ActionItemPipelineTests() : FactStoreTest(new DateTimeOffset(2026, 1, 26, 10, 0, 0, TimeSpan.Zero))
{
    private Task<IReadOnlyList<FactView>> ActionsAsync(string asker) => FactsAsync(FactKind.ActionItem, asker);

    /// An action item's key is its task's and its assignee's (priya is the second person the setup writes).
    private static readonly string Review = FactSubject.Key("review the PR for search ranking") + " @2";

    [Fact]
    public async Task ABareDoneInTheThread_ByTheAssignee_ClosesTheItem()
    {
        await PostAsync("CDEV", 1, "@priya can you review the PR for search ranking by Thursday?", root: 1);
        await FactPipeline.WithRules(Store).RunAsync();
        // Learned in a later run, so the thread's item comes from the store, not the batch.
        await PostAsync("CDEV", 5, "shipped it ✅", "UP", root: 1);
        await FactPipeline.WithRules(Store).RunAsync();

        var facts = await ActionsAsync("lena");

        Assert.Equal(2, facts.Count);
        var current = Assert.Single(facts, f => f.Current);
        Assert.Equal((Review, ActionItemExtractor.Done, "review the PR for search ranking", "priya"), (current.SubjectKey, current.Status, current.Subject, current.Person));
        Assert.Equal(ActionItemExtractor.Open, facts[0].Status);
        Assert.Equal(current.Id, facts[0].ReplacedBy);
        Assert.Equal(new DateTimeOffset(2026, 1, 29, 23, 59, 59, TimeSpan.FromHours(5.5)), facts[0].Due);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ADoneInAnotherThreadOrBySomeoneElse_LeavesTheItemOpen(bool learnedBefore)
    {
        await PostAsync("CDEV", 1, "@priya can you review the PR for search ranking by Thursday?", root: 1);
        await PostAsync("CDEV", 2, "The staging deploy is flaky again.", "UT", root: 2);
        if (learnedBefore)
        {
            await FactPipeline.WithRules(Store).RunAsync();
        }

        await PostAsync("CDEV", 3, "done", "UP", root: 2);
        await PostAsync("CDEV", 4, "done", "UT", root: 1);
        await FactPipeline.WithRules(Store).RunAsync();

        var facts = await ActionsAsync("lena");

        var only = Assert.Single(facts);
        Assert.Equal((Review, ActionItemExtractor.Open, true), (only.SubjectKey, only.Status, only.Current));
    }

    [Fact]
    public async Task AnExplicitDoneLater_ClosesTheItem_InTheSameBatch()
    {
        await PostAsync("CDEV", 1, "@priya can you review the PR for search ranking by Thursday?");
        await PostAsync("CDEV", 60, "done: review the PR for search ranking", "UP");
        await FactPipeline.WithRules(Store).RunAsync();

        var facts = await ActionsAsync("tom");

        Assert.Equal(ActionItemExtractor.Done, Assert.Single(facts, f => f.SubjectKey == Review && f.Current).Status);
        Assert.Equal(2, facts.Count);
    }

    [Fact]
    public async Task AnActionItemInAPrivateChannel_IsSeenOnlyByItsMembers()
    {
        await PostAsync("GLEAD", 1, "@tom can you draft the budget memo by Friday?");
        await FactPipeline.WithRules(Store).RunAsync();

        Assert.Empty(await ActionsAsync("lena"));
        var fact = Assert.Single(await ActionsAsync("tom"));
        Assert.Equal(("draft the budget memo", "tom", ActionItemExtractor.Open), (fact.Subject, fact.Person, fact.Status));
    }
}
