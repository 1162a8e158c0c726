using Mosaic.Domain;
using Mosaic.Permissions;
using Mosaic.Requests;
using Mosaic.Retrieval;
using Mosaic.Store;
using Mosaic.Team;

namespace Mosaic.Tests.Team;

/// Supervision: Mosaic proposes backlog items from open action items and decision records from decisions, one pending
/// proposal per subject and place; people accept or reject, for good, and accepting writes only into Mosaic's own store,
/// for exactly the audience of the message the fact came from.
public sealed class ProposalTests : FactStoreTest
{
    private const string Review = "@priya can you review the PR for search ranking by Thursday?";

    private async Task<ProposalRefresh> RefreshAsync()
    {
        await FactPipeline.WithRules(Store).RunAsync();
        return await Store.RefreshProposalsAsync();
    }

    private async Task<AccessContext> AccessAsync(string person) =>
        (await new RequestFactory(new NameResolver(Store)).CreateAsync(person, null)).Access;

    private async Task<IReadOnlyList<ProposalView>> ListAsync(string person, bool all = false) =>
        await Store.ListProposalsAsync(all, await AccessAsync(person));

    private async Task<ProposalView> AcceptAsync(long id, string person) =>
        await Store.AcceptProposalAsync(id, await AccessAsync(person), ProposalRecords.For);

    private async Task<ProposalView> RejectAsync(long id, string person, string? reason = null) =>
        await Store.RejectProposalAsync(id, reason, await AccessAsync(person));

    [Fact]
    public async Task AnOpenActionItem_IsProposedAsABacklogItem_WithItsPersonDueDateAndSource()
    {
        await PostAsync("CDEV", 1, Review);

        var refresh = await RefreshAsync();

        Assert.Equal(new ProposalRefresh(1, 0, 0), refresh);
        var proposal = Assert.Single(await ListAsync("lena"));
        Assert.Equal(
            (ProposalKind.BacklogItem, ProposalStatus.Pending, "review the PR for search ranking", "priya", "slack:CDEV/1", "#dev"),
            (proposal.Kind, proposal.Status, proposal.Title, proposal.Person, proposal.Source.Id, proposal.Source.Conversation));
        // Thursday in maya's zone, who asked.
        Assert.Equal(new DateTimeOffset(2025, 9, 11, 23, 59, 59, TimeSpan.FromHours(5.5)), proposal.Due);
        Assert.Null(proposal.Decision);
    }

    [Fact]
    public async Task AnActionItemWhoseMessageNamesATicket_OrThatIsDone_IsNotProposed()
    {
        await Store.WriteAsync(ImportBatch.OfItems("backlog", [], [], [new ItemRecord(
            BacklogRecord.Source, "HBR-12", "HBR-12", Scope.Workspace, null, T0, null, "backlog", "HBR-12 Login fails", true, [], new Dictionary<string, int>(), 0, null)])
            with { Backlog = [new BacklogRecord("HBR-12", "HBR", "Bug", "Open", T0, null, null, [], [], [], T0, T0, null)] });
        await PostAsync("CDEV", 1, "@priya can you fix the login bug from HBR-12 by Friday?");
        await PostAsync("CDEV", 2, "@tom can you update the runbook by Friday?");
        await PostAsync("CDEV", 3, "done: update the runbook", "UT");
        // UTF-8 is shaped like a ticket key but links to nothing, so it does not stop a proposal.
        await PostAsync("CDEV", 4, "@lena can you fix the UTF-8 handling in exports by Friday?");

        await RefreshAsync();

        var proposal = Assert.Single(await ListAsync("maya"));
        Assert.Equal(("fix the UTF-8 handling in exports", "lena"), (proposal.Title, proposal.Person));
    }

    [Fact]
    public async Task AReplacedDecision_UpdatesThePendingProposal_RatherThanAddingASecond()
    {
        await PostAsync("CDEV", 1, "Decision: we go with Stripe as the payment provider.");
        await RefreshAsync();
        var first = Assert.Single(await ListAsync("lena"));
        await PostAsync("CDEV", 60, "Change of plan on the payment provider: we're switching from Stripe to Adyen.");

        var refresh = await RefreshAsync();

        Assert.Equal(new ProposalRefresh(0, 1, 0), refresh);
        var proposal = Assert.Single(await ListAsync("lena"));
        Assert.Equal((first.Id, ProposalKind.DecisionRecord, "payment provider: Adyen", "slack:CDEV/60"), (proposal.Id, proposal.Kind, proposal.Title, proposal.Source.Id));
        Assert.Equal(new ReplacedChoice("Stripe", T0.AddMinutes(1), "slack:CDEV/1"), proposal.Replaced);
    }

    [Fact]
    public async Task RefreshingAgain_ChangesNothing()
    {
        await PostAsync("CDEV", 1, Review);
        await PostAsync("CDEV", 2, "Decision: we go with Stripe as the payment provider.");
        await RefreshAsync();
        var before = await ListAsync("maya");

        var again = await RefreshAsync();

        Assert.Equal(new ProposalRefresh(0, 0, 0), again);
        Assert.Equal(before.Select(p => (p.Id, p.Title)), (await ListAsync("maya")).Select(p => (p.Id, p.Title)));
        Assert.Equal(2, before.Count);
    }

    [Fact]
    public async Task AnActionItemDoneLater_WithdrawsItsPendingProposal()
    {
        await PostAsync("CDEV", 1, Review);
        await RefreshAsync();
        await PostAsync("CDEV", 90, "done: review the PR for search ranking", "UP");

        var refresh = await RefreshAsync();

        Assert.Equal(new ProposalRefresh(0, 0, 1), refresh);
        Assert.Empty(await ListAsync("maya", all: true));
    }

    [Fact]
    public async Task AcceptingABacklogItem_WritesMOS1InMosaicsBacklog_LinkedFromItsMessage_AndItIsNotProposedAgain()
    {
        await PostAsync("CDEV", 1, Review);
        await RefreshAsync();
        var proposal = Assert.Single(await ListAsync("lena"));

        var accepted = await AcceptAsync(proposal.Id, "maya");

        Assert.Equal((ProposalStatus.Accepted, "maya", "backlog:MOS-1", "MOS-1"),
            (accepted.Status, accepted.Decision!.By, accepted.Decision.ResultId, accepted.Decision.ResultRef));
        var item = await Store.GetAsync("MOS-1", await AccessAsync("lena"));
        Assert.NotNull(item);
        Assert.Equal(("review the PR for search ranking", "To Do", "Task", "priya"), (item.Item.Title, item.Status, item.Type, Assert.Single(item.Assignees).Handle));
        Assert.Equal(["slack:CDEV/1"], item.Mentions.Select(m => m.Id));
        Assert.Contains("Due: 2025-09-11", item.Item.Text);
        Assert.Equal(new ProposalRefresh(0, 0, 0), await RefreshAsync());
        Assert.Empty(await ListAsync("lena"));
        Assert.Equal(accepted.Id, Assert.Single(await ListAsync("lena", all: true)).Id);

        await PostAsync("CDEV", 5, "@tom can you rotate the staging keys by Friday?");
        await RefreshAsync();
        var second = await AcceptAsync(Assert.Single(await ListAsync("tom")).Id, "tom");
        Assert.Equal("MOS-2", second.Decision!.ResultRef);
    }

    [Fact]
    public async Task AProposalFromAPrivateChannel_IsListedAndDecidedOnlyByItsMembers_AndWhatAcceptingWritesStaysThere()
    {
        await PostAsync("GLEAD", 1, "@tom can you draft the budget memo by Friday?");
        await RefreshAsync();

        Assert.Empty(await ListAsync("lena"));
        var proposal = Assert.Single(await ListAsync("tom"));
        var refused = await Assert.ThrowsAsync<NotAllowedException>(() => AcceptAsync(proposal.Id, "lena"));
        Assert.Contains($"Proposal {proposal.Id}", refused.Message);
        await Assert.ThrowsAsync<NotAllowedException>(() => RejectAsync(proposal.Id, "lena"));
        Assert.Equal(ProposalStatus.Pending, Assert.Single(await ListAsync("tom")).Status);

        await AcceptAsync(proposal.Id, "tom");

        Assert.NotNull(await Store.GetAsync("MOS-1", await AccessAsync("maya")));
        Assert.Null(await Store.GetAsync("MOS-1", await AccessAsync("lena")));
        Assert.Empty(await Store.ListAsync(new BacklogFilter(Project: "MOS"), await AccessAsync("priya")));
        Assert.Empty(await Store.SearchAsync(new SearchQuery(["budget"], 10), await AccessAsync("lena")));
    }

    [Fact]
    public async Task AcceptingADecision_WritesASearchableRecord_SayingWhatItReplaced_WhichIsNotLearnedAsASecondDecision()
    {
        await PostAsync("CDEV", 1, "Decision: we go with Stripe as the payment provider.");
        await PostAsync("CDEV", 60, "Change of plan on the payment provider: we're switching from Stripe to Adyen.");
        await RefreshAsync();
        var proposal = Assert.Single(await ListAsync("priya"));

        var accepted = await AcceptAsync(proposal.Id, "priya");

        Assert.Equal($"decisions:{proposal.Id}", accepted.Decision!.ResultId);
        var hit = Assert.Single(await Store.SearchAsync(new SearchQuery(["Adyen"], 10), await AccessAsync("lena")), h => h.Item.Source == ProposalRecords.DecisionSource);
        Assert.Equal(("Decision: payment provider: Adyen", "#dev", T0.AddMinutes(60)), (hit.Item.Title, hit.Item.Conversation, hit.Item.Timestamp));
        Assert.Contains("Replaces Stripe (decided 2025-09-10, slack:CDEV/1).", hit.Item.Text);
        Assert.Contains("Recorded by priya", hit.Item.Text);
        Assert.Equal(new ProposalRefresh(0, 0, 0), await RefreshAsync());
        Assert.Equal(2, (await FactsAsync(FactKind.Decision, "lena")).Count);
    }

    [Fact]
    public async Task ADecisionReplacedAfterItsRecordWasAccepted_IsProposedAfresh()
    {
        await PostAsync("CDEV", 1, "Decision: we go with Stripe as the payment provider.");
        await RefreshAsync();
        var stripe = Assert.Single(await ListAsync("maya"));
        await AcceptAsync(stripe.Id, "maya");
        await PostAsync("CDEV", 60, "Change of plan on the payment provider: we're switching from Stripe to Adyen.");

        await RefreshAsync();

        var adyen = Assert.Single(await ListAsync("maya"));
        Assert.NotEqual(stripe.Id, adyen.Id);
        Assert.Equal(("Adyen", "Stripe"), (adyen.Value, adyen.Replaced?.Value));
    }

    [Fact]
    public async Task AChangeOfMindInAPrivateChannel_GetsAProposalThere_AndLeavesThePublicOneAlone()
    {
        await PostAsync("CDEV", 1, "Decision: we go with Stripe as the payment provider.");
        await PostAsync("GLEAD", 60, "Decision: we go with Mollie as the payment provider next year.");
        await RefreshAsync();

        Assert.Equal(["Stripe"], (await ListAsync("lena")).Select(p => p.Value));
        var maya = await ListAsync("maya");
        Assert.Equal(["Stripe", "Mollie"], maya.Select(p => p.Value));
        // The private decision's predecessor would be the public one, but only within one place does a record say so.
        Assert.Null(maya[1].Replaced);
    }

    [Fact]
    public async Task Rejecting_IsFinal_KeepsTheReason_AndTheFactIsNotProposedAgain()
    {
        await PostAsync("CDEV", 1, Review);
        await RefreshAsync();
        var proposal = Assert.Single(await ListAsync("maya"));

        var rejected = await RejectAsync(proposal.Id, "tom", "  already tracked on paper  ");

        Assert.Equal((ProposalStatus.Rejected, "tom", "already tracked on paper", null), (rejected.Status, rejected.Decision!.By, rejected.Decision.Reason, rejected.Decision.ResultId));
        Assert.Equal(new ProposalRefresh(0, 0, 0), await RefreshAsync());
        Assert.Empty(await ListAsync("maya"));
        var again = await Assert.ThrowsAsync<MosaicException>(() => AcceptAsync(proposal.Id, "maya"));
        Assert.Equal($"Proposal {proposal.Id} was rejected already by tom on {Time.Iso(rejected.Decision.At)[..10]}; a decision is final.", again.Message);
        await Assert.ThrowsAsync<MosaicException>(() => RejectAsync(proposal.Id, "maya"));
        Assert.Empty(await Store.ListAsync(new BacklogFilter(Project: "MOS"), await AccessAsync("maya")));
    }

    [Fact]
    public async Task AnUnknownProposal_IsAnErrorNamingIt()
    {
        var unknown = await Assert.ThrowsAsync<MosaicException>(() => AcceptAsync(42, "maya"));

        Assert.StartsWith("There is no proposal 42", unknown.Message);
    }

    [Fact]
    public async Task AProposalFromSomeonesOwnNotes_IsTheirsAlone_AndDecidingItIsAudited()
    {
        await Store.WriteAsync(ImportBatch.OfItems("notes", [], [], [new ItemRecord(
            "notes", "UM/todo", "todo", Scope.Personal(PersonRef.Slack("UM")), PersonRef.Slack("UM"), T0, null, "note",
            "I'll renew the company domain by Friday.", true, [], new Dictionary<string, int>(), 0, null)]));
        await RefreshAsync();

        Assert.Empty(await ListAsync("tom"));
        var proposal = Assert.Single(await ListAsync("maya"));
        await AcceptAsync(proposal.Id, "maya");

        Assert.Null(await Store.GetAsync("MOS-1", await AccessAsync("tom")));
        Assert.Equal(ScopeKind.Personal, (await Store.GetAsync("MOS-1", await AccessAsync("maya")))!.Item.Scope);
        var audit = Assert.Single(await Store.ShownFromSliceOfAsync((await AccessAsync("maya")).Asker));
        Assert.Equal(("accept proposal", "maya"), (audit.Action, audit.Asker));
        Assert.Equal(["notes:UM/todo", "backlog:MOS-1"], audit.Items);
    }
}
