using Mosaic.Domain;
using Mosaic.Permissions;
using Mosaic.Requests;
using Mosaic.Retrieval;
using Mosaic.Store;
using Mosaic.Store.Sqlite;
using Mosaic.Team;

namespace Mosaic.Tests.Team;

/// Action items through the store: a later "done" (explicit, or a bare one in the item's thread by its assignee)
/// closes the open item, a "done" elsewhere does not, and an item from a private channel stays there.
public sealed class ActionItemPipelineTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 26, 10, 0, 0, TimeSpan.Zero);
    private SqliteContentStore _store = null!;

    public async ValueTask InitializeAsync()
    {
        _store = await SqliteContentStore.OpenInMemoryAsync();
        PersonRecord Person(string id, string name, string? zone = null) =>
            new(PersonRef.Slack(id), name, name, name, null, zone, false, false, [new Identity(IdentityKind.Username, name)]);
        ConversationRecord Channel(string id, string name, ConversationKind kind, params string[] members) =>
            new("slack", id, kind, name, null, null, T0, false, [.. members.Select(PersonRef.Slack)]);
        await _store.WriteAsync(new ImportBatch(
            "setup", null, [Person("UM", "maya", "Asia/Kolkata"), Person("UP", "priya"), Person("UT", "tom"), Person("UL", "lena")],
            [Channel("CDEV", "dev", ConversationKind.PublicChannel, "UM", "UP", "UT", "UL"), Channel("GLEAD", "leadership", ConversationKind.PrivateChannel, "UM", "UT")],
            [], []));
    }

    public async ValueTask DisposeAsync() => await _store.DisposeAsync();

    /// A message at T0 plus minutes; a thread reply names its root's minute.
    private async Task PostAsync(string channel, int minutes, string text, string author = "UM", int? root = null) =>
        await _store.WriteAsync(ImportBatch.OfItems("test", [], [], [new ItemRecord(
            "slack", $"{channel}/{minutes}", $"{minutes}", Scope.Conversation("slack", channel), PersonRef.Slack(author), T0.AddMinutes(minutes),
            root is { } r ? $"{r}" : null, "message", text, true, [], new Dictionary<string, int>(), 0, null)]));

    private async Task<IReadOnlyList<FactView>> ActionsAsync(string asker)
    {
        var request = await new RequestFactory(new NameResolver(_store)).CreateAsync(asker, null);
        return await _store.ListFactsAsync(FactKind.ActionItem, request.Access);
    }

    private static readonly string Review = FactSubject.Key("review the PR for search ranking");

    [Fact]
    public async Task ABareDoneInTheThread_ByTheAssignee_ClosesTheItem()
    {
        await PostAsync("CDEV", 1, "@priya can you review the PR for search ranking by Thursday?", root: 1);
        await FactPipeline.WithRules(_store).RunAsync();
        // Learned in a later run, so the thread's item comes from the store, not the batch.
        await PostAsync("CDEV", 5, "shipped it ✅", "UP", root: 1);
        await FactPipeline.WithRules(_store).RunAsync();

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
            await FactPipeline.WithRules(_store).RunAsync();
        }

        await PostAsync("CDEV", 3, "done", "UP", root: 2);
        await PostAsync("CDEV", 4, "done", "UT", root: 1);
        await FactPipeline.WithRules(_store).RunAsync();

        var facts = await ActionsAsync("lena");

        var only = Assert.Single(facts);
        Assert.Equal((Review, ActionItemExtractor.Open, true), (only.SubjectKey, only.Status, only.Current));
    }

    [Fact]
    public async Task AnExplicitDoneLater_ClosesTheItem_InTheSameBatch()
    {
        await PostAsync("CDEV", 1, "@priya can you review the PR for search ranking by Thursday?");
        await PostAsync("CDEV", 60, "done: review the PR for search ranking", "UP");
        await FactPipeline.WithRules(_store).RunAsync();

        var facts = await ActionsAsync("tom");

        Assert.Equal(ActionItemExtractor.Done, Assert.Single(facts, f => f.SubjectKey == Review && f.Current).Status);
        Assert.Equal(2, facts.Count);
    }

    [Fact]
    public async Task AnActionItemInAPrivateChannel_IsSeenOnlyByItsMembers()
    {
        await PostAsync("GLEAD", 1, "@tom can you draft the budget memo by Friday?");
        await FactPipeline.WithRules(_store).RunAsync();

        Assert.Empty(await ActionsAsync("lena"));
        var fact = Assert.Single(await ActionsAsync("tom"));
        Assert.Equal(("draft the budget memo", "tom", ActionItemExtractor.Open), (fact.Subject, fact.Person, fact.Status));
    }
}
