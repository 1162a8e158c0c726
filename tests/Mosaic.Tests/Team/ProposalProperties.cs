using FsCheck.Xunit;
using Mosaic.Permissions;
using Mosaic.Requests;
using Mosaic.Retrieval;
using Mosaic.Store;
using Mosaic.Store.Sqlite;
using Mosaic.Team;
using Mosaic.Tests.Permissions;

namespace Mosaic.Tests.Team;

/// Proposals keep to the audience rule, on the random workspaces of the audience-rule properties (public and private
/// channels, DMs, people who left, personal items, some shared, workspace items), each item a decision or an action item
/// on a subject of its own: a proposal is listed for an audience exactly when it may see the proposal's source item, only
/// someone who may see it can accept it, and what accepting writes reaches exactly the source's own audience.
public sealed class ProposalProperties
{
    [Property(MaxTest = 300, Arbitrary = [typeof(AudienceArbitraries)], QuietOnSuccess = true)]
    public void AProposalIsListed_ExactlyWhenTheAudienceMaySeeItsSource_AndAcceptingItWritesForThatSourcesAudienceOnly(AudienceScenario scenario) =>
        Task.Run(() => CheckAsync(scenario)).GetAwaiter().GetResult();

    /// Even items decide something, odd ones ask their author for something; every subject names the item's own token.
    private static string Text(ItemSpec item) => item.Index % 2 == 0
        ? $"Decision: we go with Stripe as the {AudienceScenario.Token(item.Index)} provider."
        : $"@p{item.Author} can you update the {AudienceScenario.Token(item.Index)} page by Friday?";

    private static async Task CheckAsync(AudienceScenario s)
    {
        await using var store = await SqliteContentStore.OpenInMemoryAsync();
        var ids = await AudienceRuleProperties.BuildAsync(store, s, posted: false, Text);
        await FactPipeline.WithRules(store).RunAsync();
        await store.RefreshProposalsAsync();
        var people = (await store.ListPeopleAsync()).ToDictionary(p => p.Username!, p => p.Id);
        var request = await new RequestFactory(new NameResolver(store)).CreateAsync($"p{s.Asker}", s.ShownIn is { } c ? $"C{c}" : null);

        var listed = (await store.ListProposalsAsync(true, request.Access)).Select(p => p.Source.Id).ToList();
        var eligible = s.Items.Where(s.Eligible).Select(i => ids[i.Index]).ToHashSet();
        Assert.True(eligible.SetEquals(listed), $"listed [{string.Join(", ", listed)}], expected [{string.Join(", ", eligible)}]");

        if (s.TargetItem is not { } target)
        {
            return;
        }

        // Someone who may see the target's source, to learn its proposal's number; nobody, when its channel has no members left.
        var item = s.Items[target];
        var viewer = Enumerable.Range(0, s.People).FirstOrDefault(p => (s with { Asker = p, ShownIn = null }).Eligible(item), -1);
        if (viewer < 0)
        {
            return;
        }

        var proposal = Assert.Single(
            await store.ListProposalsAsync(true, AccessContext.ForAsker(people[$"p{viewer}"])), p => p.Source.Id == ids[target]);
        var asker = AccessContext.ForAsker(people[$"p{s.Asker}"]);
        if (!(s with { ShownIn = null }).Eligible(item))
        {
            await Assert.ThrowsAsync<NotAllowedException>(() => store.AcceptProposalAsync(proposal.Id, asker, ProposalRecords.For));
            return;
        }

        var accepted = await store.AcceptProposalAsync(proposal.Id, asker, ProposalRecords.For);
        // The written item quotes its source, token and all; it keeps the source's scope, though not its owner's shares.
        for (var p = 0; p < s.People; p++)
        {
            var hits = await store.SearchAsync(new SearchQuery([AudienceScenario.Token(target)], 50), AccessContext.ForAsker(people[$"p{p}"]));
            var sees = hits.Any(h => h.Item.Id == accepted.Decision!.ResultId);
            var may = (s with { Asker = p, ShownIn = null, Shares = [] }).Eligible(item);
            Assert.True(sees == may, $"p{p} {(sees ? "sees" : "does not see")} {accepted.Decision!.ResultId}, written for {item}");
        }
    }
}
