using Mosaic.Answering;
using Mosaic.Requests;
using Mosaic.Retrieval;
using Mosaic.Team;
using Mosaic.Tests.Team;

namespace Mosaic.Tests.Answering;

/// Questions the team model can answer are answered from current facts, citing their items, with what they replaced
/// as history; the audience decides which facts count, and anything the model cannot answer is left to search.
public sealed class TeamAnswererTests : FactStoreTest
{
    private async Task<AskResponse> AskAsync(string question, string asker = "lena", string? shownIn = null)
    {
        await FactPipeline.WithRules(Store).RunAsync();
        var request = await new RequestFactory(new NameResolver(Store)).CreateAsync(asker, shownIn);
        var queries = new QueryService(Store, Store, new ExtractiveAnswerer(), Store, team: new TeamAnswerer(Store, Store, roles: new RoleFinder(Store, Store, Store)));
        return await queries.AskAsync(request, question);
    }

    [Fact]
    public async Task AChangedDecision_IsAnsweredWithTheCurrentChoice_AndTheEarlierAsHistory()
    {
        await PostAsync("CDEV", 1, "Decision: we go with Stripe as the payment provider for 2.0.");
        await PostAsync("CDEV", 60 * 24 * 30, "Change of plan on the payment provider: we're switching from Stripe to Adyen.");

        var answer = await AskAsync("Which payment provider are we using?");

        Assert.StartsWith("The current decision on the payment provider: Adyen", answer.Answer, StringComparison.Ordinal);
        Assert.Contains("It replaced the earlier choice, Stripe", answer.Answer, StringComparison.Ordinal);
        Assert.Contains("on 10 Oct 2025 [2]", answer.Answer, StringComparison.Ordinal);
        Assert.Equal(["slack:CDEV/43200", "slack:CDEV/1"], answer.Citations.Select(c => c.Id).ToList());
    }

    [Fact]
    public async Task APrivateChangeOfMind_DoesNotAnswerForThePublicChannel()
    {
        await PostAsync("CDEV", 1, "Decision: we go with Stripe as the payment provider for 2.0.");
        await PostAsync("GLEAD", 60, "Change of plan on the payment provider: we're switching from Stripe to Adyen.");

        var inDev = await AskAsync("Which payment provider are we using?", "maya", "dev");
        var forMaya = await AskAsync("Which payment provider are we using?", "maya");

        Assert.StartsWith("The current decision on the payment provider: Stripe", inDev.Answer, StringComparison.Ordinal);
        Assert.DoesNotContain("Adyen", inDev.Answer, StringComparison.Ordinal);
        Assert.All(inDev.Citations, c => Assert.StartsWith("slack:CDEV/", c.Id, StringComparison.Ordinal));
        Assert.Contains("Adyen", forMaya.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOwnershipChange_IsAnsweredWithTheNewOwner()
    {
        await PostAsync("CDEV", 1, "Ownership for 2.0:\n• Priya owns the notifications service\n• Tom owns the web app shell");
        await PostAsync("CDEV", 500, "Ownership change: from today Lena owns the notifications service, taking it over from Priya.");

        var answer = await AskAsync("Who owns the notifications service these days?", "tom");

        Assert.StartsWith("@lena owns the notifications service", answer.Answer, StringComparison.Ordinal);
        Assert.Contains("It replaced the earlier owner, @priya", answer.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SomeonesOpenActionItems_AreListed_AndDoneOnesAreNot()
    {
        await PostAsync("CDEV", 1, "@tom can you update the release checklist by Friday?");
        await PostAsync("CDEV", 2, "@tom could you rotate the staging keys?");
        await PostAsync("CDEV", 30, "done: rotate the staging keys", "UT");

        var answer = await AskAsync("What is tom supposed to do?");

        Assert.Contains("update the release checklist, due", answer.Answer, StringComparison.Ordinal);
        Assert.DoesNotContain("rotate", answer.Answer, StringComparison.Ordinal);
        Assert.Equal(["slack:CDEV/1"], answer.Citations.Select(c => c.Id).ToList());
    }

    [Theory]
    [InlineData("What's the confirmation number for my hotel in Lisbon?")]
    [InlineData("Why did the payment provider change?")]
    public async Task AQuestionTheModelCannotAnswer_IsLeftToSearch(string question)
    {
        await PostAsync("CDEV", 1, "Lisbon it is. Decision: we go with Stripe as the payment provider for 2.0.");

        var answer = await AskAsync(question);

        Assert.DoesNotContain("The current decision", answer.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhileNewMessagesWait_TheModelLearnsThemFirst_OrLeavesTheQuestionToSearch()
    {
        await PostAsync("CDEV", 1, "Decision: we go with Stripe as the payment provider for 2.0.");
        await FactPipeline.WithRules(Store).RunAsync();
        await PostAsync("CDEV", 600, "Change of plan on the payment provider: we're switching from Stripe to Adyen.");
        var lena = (await new RequestFactory(new NameResolver(Store)).CreateAsync("lena", null)).Access;

        var behind = await new TeamAnswerer(Store, Store).AnswerAsync("Which payment provider are we using?", lena);
        var learning = await new TeamAnswerer(Store, Store, FactPipeline.WithRules(Store)).AnswerAsync("Which payment provider are we using?", lena);

        Assert.Null(behind);
        Assert.StartsWith("The current decision on the payment provider: Adyen", learning!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhoKnows_IsWhoAnsweredQuestionsOnIt_AndOnlyWhereTheAudienceMaySee()
    {
        await PostAsync("CDEV", 1, "Why does the furnace take three hours on staging?", "UL", root: 1);
        await PostAsync("CDEV", 5, "The furnace rebuild runs a full table scan on shifts; an index on shifts (clinic_id, starts_at) fixes it.", "UP", root: 1);
        await PostAsync("GLEAD", 10, "How do we rotate the furnace alert keys?", "UM", root: 10);
        await PostAsync("GLEAD", 15, "The furnace alert keys rotate from the admin panel, under Alerts, every quarter.", "UT", root: 10);

        var forLena = await AskAsync("Who knows about the furnace?", "lena");
        var forMaya = await AskAsync("Who knows about the furnace?", "maya");

        Assert.StartsWith("@priya has answered 1 question about the furnace", forLena.Answer, StringComparison.Ordinal);
        Assert.DoesNotContain("@tom", forLena.Answer, StringComparison.Ordinal);
        Assert.Equal(["slack:CDEV/5"], forLena.Citations.Select(c => c.Id).ToList());
        Assert.Contains("@tom", forMaya.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhoHoldsAScrumRole_IsTheConfiguredHolder_ElseTheInferredOne_WithItsEvidence()
    {
        await PostAsync("CDEV", 1, "Retro notes (sprint 1, Sep 10): we agreed to (1) keep PRs small, (2) demo on staging.", "UT");
        await PostAsync("CDEV", 2, "Sprint 2 planning summary: the goal is billing. Committed: HBR-1, HBR-2.", "UT");
        await PostAsync("CDEV", 3, "Standup rules: we meet every weekday at 9:30 in the daily room.", "UT");

        var inferred = await AskAsync("Who is our scrum master?", "lena");
        var people = (await Store.ListPeopleAsync()).ToDictionary(p => p.Username!, p => p.Id);
        await Store.SetRoleAsync(ScrumRole.ScrumMaster, people["lena"]);
        var configured = await AskAsync("Who's the scrum master?", "lena");

        Assert.StartsWith("@tom is the Scrum Master (inferred: ran or scheduled ceremonies", inferred.Answer, StringComparison.Ordinal);
        Assert.All(inferred.Citations, c => Assert.StartsWith("slack:CDEV/", c.Id, StringComparison.Ordinal));
        Assert.Equal("@lena is the Scrum Master (configured)", configured.Answer);
        Assert.Empty(configured.Citations);
    }
}
