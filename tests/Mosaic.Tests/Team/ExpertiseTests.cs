using Mosaic.Team;

namespace Mosaic.Tests.Team;

/// Expertise learned from who answers questions in threads, what does not count as an answer, and who may see it.
public sealed class ExpertiseTests : FactStoreTest
{
    private Task LearnAsync() => FactPipeline.WithRules(Store).RunAsync();

    [Fact]
    public async Task AHelpfulReply_ToAQuestion_IsTheRepliersExpertise_OnTheQuestionsTopic()
    {
        await PostAsync("CDEV", 1, "Quick question: how should we size the postgres connection pool for the search service?", "UM", root: 1);
        await PostAsync("CDEV", 2, "We keep it at 20 per instance; pgbouncer in transaction mode handles the rest.", "UP", root: 1);
        await LearnAsync();

        var fact = Assert.Single(await FactsAsync(FactKind.Expertise, "lena"));

        Assert.Equal("priya", fact.Person);
        Assert.Contains("postgres connection pool", fact.Subject);
        Assert.DoesNotContain("question", fact.Subject);
        Assert.StartsWith("We keep it at 20 per instance", fact.Value);
        Assert.Equal("slack:CDEV/2", fact.Source.Id);
        Assert.Equal(0.6, fact.Confidence);
    }

    [Fact]
    public async Task TheAskersThanks_MakesTheAnswerSurer_EvenWhenItArrivesAfterTheAnswerWasLearned()
    {
        await PostAsync("CDEV", 1, "Where do we keep the fixtures for the swap tests?", "UL", root: 1);
        await PostAsync("CDEV", 2, "They live in test/fixtures/rotas, the night shift one is rota_nights.json.", "UP", root: 1);
        await LearnAsync();
        var before = Assert.Single(await FactsAsync(FactKind.Expertise, "lena")).Confidence;

        await PostAsync("CDEV", 3, "Perfect, thanks!", "UL", root: 1);
        await LearnAsync();

        Assert.Equal(0.6, before);
        Assert.Equal(0.8, Assert.Single(await FactsAsync(FactKind.Expertise, "lena")).Confidence);
    }

    [Theory]
    [InlineData("Could you share the error message first?")]
    [InlineData("+1")]
    [InlineData("no idea, sorry")]
    [InlineData("Not sure, never touched the pool settings myself.")]
    [InlineData("Same here, the search service is slow for me too")]
    [InlineData("Good question, Priya would know more about the pool.")]
    [InlineData("Could be the DST change again, who knows.")]
    [InlineData("https://wiki.example/postgres-pool")]
    [InlineData("🎉 🙌")]
    [InlineData("Looking into it after lunch.")]
    public async Task WhatOnlyFollowsAQuestion_IsNoAnswer(string reply)
    {
        await PostAsync("CDEV", 1, "How should we size the postgres connection pool for the search service?", "UM", root: 1);
        await PostAsync("CDEV", 2, reply, "UP", root: 1);
        await LearnAsync();

        Assert.Empty(await FactsAsync(FactKind.Expertise, "maya"));
    }

    [Fact]
    public async Task TheAskersOwnReply_IsNotTheirExpertise()
    {
        await PostAsync("CDEV", 1, "Why is the week view starting on the wrong day since the Luxon migration?", "UP", root: 1);
        await PostAsync("CDEV", 2, "Found it: Luxon weeks start on Monday but the week view assumed Sunday. Fixed with a locale-aware startOfWeek.", "UP", root: 1);
        await LearnAsync();

        Assert.Empty(await FactsAsync(FactKind.Expertise, "maya"));
    }

    [Theory]
    [InlineData("@priya could you take a look at my PR for the search ranking?")]
    [InlineData("Anyone up for lunch at the ramen place today?")]
    [InlineData("New mockups for the billing page are up. Thoughts?")]
    [InlineData("Who took my favourite coffee mug from the kitchen?")]
    [InlineData("The release checklist is in the wiki now.")]
    public async Task ARootThatAsksNothingToKnow_TeachesNothing(string root)
    {
        await PostAsync("CDEV", 1, root, "UM", root: 1);
        await PostAsync("CDEV", 2, "Reviewed it: the ranking change in the search service looks correct and well tested.", "UP", root: 1);
        await LearnAsync();

        Assert.Empty(await FactsAsync(FactKind.Expertise, "maya"));
    }

    [Fact]
    public async Task ALaterReply_CountsOnlyWhenItSpeaksToTheQuestion()
    {
        await PostAsync("CDEV", 1, "Should the billing page use the clinic's currency or the user's?", "UM", root: 1);
        await PostAsync("CDEV", 2, "The clinic's currency, always. Invoices go to the clinic, not to people.", "UP", root: 1);
        await PostAsync("CDEV", 3, "Tap targets look small on the Android mockup by the way.", "UT", root: 1);
        await PostAsync("CDEV", 4, "Invoices follow the clinic's billing settings, so the currency comes from there.", "UL", root: 1);
        await LearnAsync();

        var facts = await FactsAsync(FactKind.Expertise, "maya");

        Assert.Equal(["lena", "priya"], facts.Select(f => f.Person).Order());
    }

    [Fact]
    public async Task AnswersByDifferentPeople_OnOneTopic_AreAllCurrent_NoneReplacesAnother()
    {
        await PostAsync("CDEV", 1, "How do we rotate the staging database credentials?", "UM", root: 1);
        await PostAsync("CDEV", 2, "Run the rotate-creds job in CI, it updates the vault and restarts the pods.", "UP", root: 1);
        await PostAsync("CDEV", 60, "How do we rotate the staging database credentials again?", "UL", root: 60);
        await PostAsync("CDEV", 61, "The rotate-creds job in CI does it, then check the vault entry for staging.", "UT", root: 60);
        await LearnAsync();

        var facts = await FactsAsync(FactKind.Expertise, "maya");

        Assert.Equal(2, facts.Count);
        Assert.Single(facts.Select(f => f.SubjectKey).Distinct());
        Assert.All(facts, f => Assert.True(f.Current && f.ReplacedBy is null && f.ValidUntil is null));
    }

    [Fact]
    public async Task ExpertiseFromAPrivateChannel_IsInvisibleToNonMembers_AndInAPublicChannelsAudience()
    {
        await PostAsync("GLEAD", 1, "How do we calculate the contractor budget burn rate for Q1?", "UM", root: 1);
        await PostAsync("GLEAD", 2, "Finance exports the invoices monthly; divide the total by the weeks elapsed in the quarter.", "UT", root: 1);
        await LearnAsync();

        Assert.Empty(await FactsAsync(FactKind.Expertise, "lena"));
        Assert.Empty(await FactsAsync(FactKind.Expertise, "maya", "#dev"));
        Assert.Equal("tom", Assert.Single(await FactsAsync(FactKind.Expertise, "maya")).Person);

        var finder = new ExpertFinder(Store);
        Assert.Empty(await finder.WhoKnowsAsync("contractor budget burn rate", (await RequestAsync("maya", "#dev")).Access));
        Assert.Empty(await finder.WhoKnowsAsync("contractor budget burn rate", (await RequestAsync("lena")).Access));
        Assert.Equal("tom", Assert.Single(await finder.WhoKnowsAsync("contractor budget burn rate", (await RequestAsync("maya")).Access)).Person);
    }

    [Fact]
    public async Task WhoKnows_RanksPeopleByRelevantAnswers_AndCitesThem()
    {
        await PostAsync("CDEV", 1, "How should we size the postgres connection pool for search?", "UM", root: 1);
        await PostAsync("CDEV", 2, "Twenty connections per instance, pgbouncer in transaction mode does the rest.", "UP", root: 1);
        await PostAsync("CDEV", 10, "Why does postgres run out of connections during the nightly rebuild?", "UL", root: 10);
        await PostAsync("CDEV", 11, "The rebuild opens a pool per clinic; it should share the one connection pool instead.", "UP", root: 10);
        await PostAsync("CDEV", 20, "Which postgres version runs on staging?", "UM", root: 20);
        await PostAsync("CDEV", 21, "Staging runs postgres 16, same as production since the last upgrade.", "UT", root: 20);
        await PostAsync("CDEV", 30, "How do we deploy the web app to production on release day?", "UM", root: 30);
        await PostAsync("CDEV", 31, "The release train deploys it Thursday morning; hotfixes go through the deploy job in CI.", "UT", root: 30);
        await LearnAsync();

        var experts = await new ExpertFinder(Store).WhoKnowsAsync("Who knows about the postgres connection pool?", (await RequestAsync("lena")).Access);
        var deploys = await new ExpertFinder(Store).WhoKnowsAsync("production deploys", (await RequestAsync("lena")).Access);

        Assert.Equal("priya", experts[0].Person);
        Assert.Equal(2, experts[0].Answers);
        Assert.Equal(["slack:CDEV/11", "slack:CDEV/2"], experts[0].Evidence.Select(f => f.Source.Id).Order());
        Assert.True(experts.Count == 1 || experts[1].Score < experts[0].Score / 2);
        Assert.Equal("tom", Assert.Single(deploys).Person);
        Assert.Empty(await new ExpertFinder(Store).WhoKnowsAsync("kubernetes", (await RequestAsync("lena")).Access));
    }

    [Fact]
    public async Task Profiles_GroupLikeQuestions_UnderTheWordsTheyShare()
    {
        await PostAsync("CDEV", 1, "Does the notifications service have a health endpoint?", "UM", root: 1);
        await PostAsync("CDEV", 2, "Every service has /healthz, but the app should use the API status endpoint instead.", "UP", root: 1);
        await PostAsync("CDEV", 10, "Does the sync service have a health endpoint?", "UL", root: 10);
        await PostAsync("CDEV", 11, "Like every service it answers on /healthz, and the load balancer probes it.", "UP", root: 10);
        await PostAsync("CDEV", 20, "Where do we keep the fixtures for the swap tests?", "UL", root: 20);
        await PostAsync("CDEV", 21, "They live in test/fixtures/rotas, the night shift one is rota_nights.json.", "UP", root: 20);
        await LearnAsync();

        var profile = Assert.Single(ExpertFinder.Profiles(await FactsAsync(FactKind.Expertise, "maya")));

        Assert.Equal(("priya", 3), (profile.Person, profile.Answers));
        Assert.Equal(("service health endpoint", 2), (profile.Topics[0].Topic, profile.Topics[0].Count));
        Assert.Equal(1, profile.Topics[1].Count);
    }

    private Task<Mosaic.Requests.Request> RequestAsync(string asker, string? shownIn = null) =>
        new Mosaic.Requests.RequestFactory(new Mosaic.Retrieval.NameResolver(Store)).CreateAsync(asker, shownIn);
}
