using Mosaic.Store.Sqlite;
using Mosaic.Tests.Fakes;
using static Mosaic.Tests.Fakes.TestWorkspace;

namespace Mosaic.Tests.Permissions;

/// Search and ask keep to conversations every member of the audience currently belongs to.
/// "flamingo" appears in #dev, private #leadership, the maya–priya DM and the maya–tomas–priya group DM.
public sealed class MembershipRestrictionTests : IAsyncLifetime
{
    private readonly TempFolder _temp = new();
    private SqliteContentStore _store = null!;

    public async ValueTask InitializeAsync() => (_store, _) = await ImportAsync(Basic(), _temp);

    public async ValueTask DisposeAsync()
    {
        await _store.DisposeAsync();
        _temp.Dispose();
    }

    [Fact]
    public async Task Search_AsAMemberOfEverything_FindsAllFour()
    {
        var ids = await SearchIdsAsync(_store, "maya", "flamingo");

        Assert.Equal(
            new[] { Id(Dev, "1757412100.000100"), Id(Leadership, "1757412200.000100"), Id(MayaPriyaDm, "1757412300.000100"), Id(GroupDm, "1757412400.000100") }.Order(),
            ids.Order());
    }

    [Fact]
    public async Task Search_OutsideThePrivateChannelAndDms_FindsOnlyTheChannelTheyAreIn()
    {
        Assert.Equal([Id(Dev, "1757412100.000100")], await SearchIdsAsync(_store, "lena", "flamingo"));
    }

    [Fact]
    public async Task Search_TheOtherPartyOfADm_SeesIt_AndAThirdPersonDoesNot()
    {
        Assert.Contains(Id(MayaPriyaDm, "1757412300.000100"), await SearchIdsAsync(_store, "priya", "flamingo"));
        Assert.DoesNotContain(Id(MayaPriyaDm, "1757412300.000100"), await SearchIdsAsync(_store, "tomas", "flamingo"));
    }

    [Fact]
    public async Task Search_InAPublicChannel_ExcludesPrivateChannelItems_EvenWhenTheAskerBelongsToBoth()
    {
        Assert.Empty(await SearchIdsAsync(_store, "maya", "flamingo", shownIn: "#general"));
        Assert.Empty(await SearchIdsAsync(_store, "maya", "budget contractor", shownIn: "general"));
    }

    [Fact]
    public async Task Search_InAChannel_KeepsToWhatEveryMemberThereCanSee()
    {
        Assert.Equal([Id(Dev, "1757412100.000100")], await SearchIdsAsync(_store, "maya", "flamingo", shownIn: "#dev"));
        Assert.Equal(
            new[] { Id(Leadership, "1757412200.000100"), Id(GroupDm, "1757412400.000100") }.Order(),
            (await SearchIdsAsync(_store, "tomas", "flamingo", shownIn: Leadership)).Order());
    }

    [Fact]
    public async Task Ask_InAPublicChannel_NeverCitesOrQuotesPrivateItems()
    {
        var request = await RequestAsync(_store, "maya", "#general");

        var answer = await Queries(_store).AskAsync(request, "What did the flamingo contractor budget talk say?");

        Assert.Empty(answer.Citations);
        Assert.DoesNotContain("contractor", answer.Answer);
        Assert.DoesNotContain("Budget", answer.Answer);
    }

    [Fact]
    public async Task Ask_Alone_CitesPrivateItemsTheAskerMaySee()
    {
        var request = await RequestAsync(_store, "tomas");

        var answer = await Queries(_store).AskAsync(request, "What did the flamingo contractor budget talk say?");

        Assert.Equal(Id(Leadership, "1757412200.000100"), answer.Citations[0].Id);
        Assert.Contains("flamingo contractor costs too much", answer.Answer);
        Assert.All(answer.Citations, c => Assert.NotEqual(Id(MayaPriyaDm, "1757412300.000100"), c.Id));
    }

    [Fact]
    public async Task ShowingInAConversationTheAskerIsNotIn_IsRefused()
    {
        var error = await Assert.ThrowsAsync<MosaicException>(() => RequestAsync(_store, "tomas", "#dev"));

        Assert.Contains("tomas is not a member of #dev", error.Message);
    }

    [Fact]
    public async Task APrivateChannelTheAskerIsNotIn_IsUnknownToThem()
    {
        var error = await Assert.ThrowsAsync<MosaicException>(() => RequestAsync(_store, "lena", "#leadership"));

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
}
