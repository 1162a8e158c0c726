using Mosaic.Domain;
using Mosaic.Store;
using Mosaic.Store.Sqlite;
using Mosaic.Tests.Fakes;
using static Mosaic.Tests.Fakes.TestWorkspace;

namespace Mosaic.Tests.Permissions;

/// Search and ask keep to conversations every member of the audience currently belongs to.
/// "flamingo" appears in #dev, private #leadership, the maya–priya DM and the maya–tomas–priya group DM.
public sealed class MembershipRestrictionTests : WorkspaceTest
{

    [Fact]
    public async Task Search_AsAMemberOfEverything_FindsAllFour()
    {
        var ids = await SearchIdsAsync(Store, "maya", "flamingo");

        Assert.Equal(
            new[] { Id(Dev, "1757412100.000100"), Id(Leadership, "1757412200.000100"), Id(MayaPriyaDm, "1757412300.000100"), Id(GroupDm, "1757412400.000100") }.Order(),
            ids.Order());
    }

    [Fact]
    public async Task Search_OutsideThePrivateChannelAndDms_FindsOnlyTheChannelTheyAreIn()
    {
        Assert.Equal([Id(Dev, "1757412100.000100")], await SearchIdsAsync(Store, "lena", "flamingo"));
    }

    [Fact]
    public async Task Search_TheOtherPartyOfADm_SeesIt_AndAThirdPersonDoesNot()
    {
        Assert.Contains(Id(MayaPriyaDm, "1757412300.000100"), await SearchIdsAsync(Store, "priya", "flamingo"));
        Assert.DoesNotContain(Id(MayaPriyaDm, "1757412300.000100"), await SearchIdsAsync(Store, "tomas", "flamingo"));
    }

    [Fact]
    public async Task Search_InAPublicChannel_ExcludesPrivateChannelItems_EvenWhenTheAskerBelongsToBoth()
    {
        Assert.Empty(await SearchIdsAsync(Store, "maya", "flamingo", shownIn: "#general"));
        Assert.Empty(await SearchIdsAsync(Store, "maya", "budget contractor", shownIn: "general"));
    }

    [Fact]
    public async Task Search_InAChannel_KeepsToWhatEveryMemberThereCanSee()
    {
        Assert.Equal([Id(Dev, "1757412100.000100")], await SearchIdsAsync(Store, "maya", "flamingo", shownIn: "#dev"));
        Assert.Equal(
            new[] { Id(Leadership, "1757412200.000100"), Id(GroupDm, "1757412400.000100") }.Order(),
            (await SearchIdsAsync(Store, "tomas", "flamingo", shownIn: Leadership)).Order());
    }

    [Fact]
    public async Task Ask_InAPublicChannel_NeverCitesOrQuotesPrivateItems()
    {
        var request = await RequestAsync(Store, "maya", "#general");

        var answer = await Queries(Store).AskAsync(request, "What did the flamingo contractor budget talk say?");

        Assert.Empty(answer.Citations);
        Assert.DoesNotContain("contractor", answer.Answer);
        Assert.DoesNotContain("Budget", answer.Answer);
    }

    [Fact]
    public async Task Ask_Alone_CitesPrivateItemsTheAskerMaySee()
    {
        var request = await RequestAsync(Store, "tomas");

        var answer = await Queries(Store).AskAsync(request, "What did the flamingo contractor budget talk say?");

        Assert.Equal(Id(Leadership, "1757412200.000100"), answer.Citations[0].Id);
        Assert.Contains("flamingo contractor costs too much", answer.Answer);
        Assert.All(answer.Citations, c => Assert.NotEqual(Id(MayaPriyaDm, "1757412300.000100"), c.Id));
    }

    [Fact]
    public async Task ShowingInAConversationTheAskerIsNotIn_IsRefused()
    {
        var error = await Assert.ThrowsAsync<NotAllowedException>(() => RequestAsync(Store, "tomas", "#dev"));

        Assert.Contains("tomas is not a member of #dev", error.Message);
    }

    [Fact]
    public async Task APrivateChannelTheAskerIsNotIn_IsUnknownToThem()
    {
        var error = await Assert.ThrowsAsync<MosaicException>(() => RequestAsync(Store, "lena", "#leadership"));

        Assert.Contains("No conversation named \"#leadership\" that lena can see", error.Message);
        Assert.DoesNotContain("Close matches: #leadership", error.Message);
    }

    [Fact]
    public async Task APersonWhoLeft_NoLongerSeesTheChannel()
    {
        using var temp = new TempFolder();
        var builder = People()
            .Channel(Dev, "dev", Maya, Priya)
            .Message(Dev, "1757412000.000100", Priya, "The cormorant build is flaky")
            .Message(Dev, "1757412100.000100", Lena, "<@U04LENA> has left the channel", m => m["subtype"] = "channel_leave");
        var (store, _) = await ImportAsync(builder, temp);
        await using var _s = store;

        Assert.Empty(await SearchIdsAsync(store, "lena", "cormorant"));
        Assert.Single(await SearchIdsAsync(store, "maya", "cormorant"));
    }

    [Fact]
    public async Task AMemberRemovedByAnotherProcess_IsKeptOutOfTheNextQuery()
    {
        // The first store has already worked out what lena and a #dev audience may see; another process (a second
        // store on the same file) then takes her off #dev. Neither store may go on answering from the old list.
        Assert.Contains(Id(Dev, "1757412100.000100"), await SearchIdsAsync(Store, "lena", "flamingo"));
        Assert.Contains(Id(Dev, "1757412100.000100"), await SearchIdsAsync(Store, "maya", "flamingo", shownIn: "#dev"));

        await using (var other = await SqliteContentStore.OpenAsync(DatabasePath))
        {
            var dev = new ConversationRecord("slack", Dev, ConversationKind.PublicChannel, "dev", null, null, null, false, [PersonRef.Slack(Maya), PersonRef.Slack(Priya)]);
            await other.WriteAsync(new ImportBatch("membership change", null, [], [dev], [], []));
        }

        Assert.Empty(await SearchIdsAsync(Store, "lena", "flamingo"));
        Assert.Contains(Id(Dev, "1757412100.000100"), await SearchIdsAsync(Store, "priya", "flamingo", shownIn: "#dev"));
    }
}
