using Mosaic.Domain;
using Mosaic.Permissions;
using Mosaic.Team;

namespace Mosaic.Tests.Team;

/// "You" in a direct message is the other member: ownership handed over and requests made there land on them. In a
/// group message or a channel "you" could be anyone, so nothing is learned from it.
public sealed class DirectMessageYouTests : FactStoreTest
{
    private Task LearnAsync() => FactPipeline.WithRules(Store).RunAsync();

    [Theory]
    [InlineData("To make it official: you own the clinic onboarding redesign end to end, research, flows and the final UI.", "clinic onboarding redesign")]
    [InlineData("Handing the furnace over to you: from next week you own it, I need to focus on Adyen.", "furnace")]
    [InlineData("You're now the owner of the release checklist.", "release checklist")]
    public async Task InADirectMessage_YouOwnX_MakesTheOtherMemberItsOwner(string text, string thing)
    {
        await PostAsync("DMP", 1, text, "UM");
        await LearnAsync();

        var owner = Assert.Single(await FactsAsync(FactKind.Ownership, "priya"));

        Assert.Equal((thing, "priya"), (owner.Subject, owner.Person));
    }

    [Fact]
    public async Task InADirectMessage_CanYou_IsARequestToTheOtherMember_WithItsDueDate()
    {
        await PostAsync("DMP", 1, "Could you facilitate the retro on Friday?", "UP");
        await LearnAsync();

        var item = Assert.Single(await FactsAsync(FactKind.ActionItem, "maya"));

        Assert.Equal(("facilitate the retro", "maya", ActionItemExtractor.Open), (item.Subject, item.Person, item.Status));
        Assert.NotNull(item.Due);
    }

    [Theory]
    [InlineData("GMPT")]
    [InlineData("CDEV")]
    public async Task InAGroupMessageOrAChannel_YouIsNobodyInParticular(string conversation)
    {
        await PostAsync(conversation, 1, "You own the release checklist now.", "UM");
        await PostAsync(conversation, 2, "Can you update the runbook for the furnace by Friday?", "UM");
        await LearnAsync();

        Assert.Empty(await FactsAsync(FactKind.Ownership, "maya"));
        Assert.Empty(await FactsAsync(FactKind.ActionItem, "maya"));
    }

    [Fact]
    public async Task InADirectMessage_AQuestionOrACondition_IsNoRequestAndNoOwner()
    {
        await PostAsync("DMP", 1, "Can you tell me where the furnace runbook lives?", "UM");
        await PostAsync("DMP", 2, "If you own a service, can you write its runbook?", "UM");
        await PostAsync("DMP", 3, "Will you be at the standup tomorrow?", "UM");
        await LearnAsync();

        Assert.Empty(await FactsAsync(FactKind.ActionItem, "priya"));
        Assert.Empty(await FactsAsync(FactKind.Ownership, "priya"));
    }

    [Fact]
    public void TheContext_SaysWhoYouIs_OnlyForADirectMessageOfTwo()
    {
        Person P(long id, string name) => new(id, name, name, name, null, null, false, []);
        var people = new FactContext([P(1, "maya"), P(2, "priya"), P(3, "tom")]);
        ItemView In(long conversation, long author) => new(
            1, "slack:X/1", "slack", "1", ScopeKind.Conversation, conversation, "X", "x", "maya", author, DateTimeOffset.UnixEpoch, "text", null, null, 0, 0);
        var context = people.With(new FactSurroundings([], [
            new FactConversation(10, ConversationKind.DirectMessage, [1, 2]),
            new FactConversation(11, ConversationKind.GroupDirectMessage, [1, 2, 3]),
            new FactConversation(12, ConversationKind.PublicChannel, []),
        ]));

        Assert.Equal("priya", context.Addressee(In(10, 1))?.Handle);
        Assert.Equal("maya", context.Addressee(In(10, 2))?.Handle);
        Assert.Null(context.Addressee(In(10, 3)));
        Assert.Null(context.Addressee(In(11, 1)));
        Assert.Null(context.Addressee(In(12, 1)));
        Assert.Null(people.Addressee(In(10, 1)));
    }
}
