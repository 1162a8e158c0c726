using Mosaic.Domain;
using Mosaic.Permissions;
using Mosaic.Store;
using Mosaic.Team;

namespace Mosaic.Tests.Team;

/// The vocabulary rules on definitions as teams write them, and on the sentences that look like definitions but are
/// questions, negations or ordinary English.
public sealed class TermExtractorTests
{
    private static readonly TermExtractor Extractor = new();

    private static IReadOnlyList<FactCandidate> Extract(string text) => Extractor.Extract(Message(text), FactContext.Empty);

    private static ItemView Message(string text) => new(
        1, "slack:C1/1.0", "slack", "1.0", ScopeKind.Conversation, 1, "C1", "#dev", "dan", 1, new DateTimeOffset(2025, 9, 11, 14, 30, 0, TimeSpan.Zero),
        text, null, null, 0, 0);

    [Theory]
    [InlineData("For the newer folks: 'the furnace' is what we call the nightly schedule rebuild, the job that regenerates every clinic's rota at 02:00 UTC. If the furnace is red in the morning everybody's rotas are stale.",
        "the furnace", "the nightly schedule rebuild, the job that regenerates every clinic's rota at 02:00 UTC")]
    [InlineData("Naming thing: 'the lighthouse' = the manager dashboard, the screen with the staffing coverage heatmap. I'm using that name in Figma.",
        "the lighthouse", "the manager dashboard, the screen with the staffing coverage heatmap")]
    [InlineData("Since it came up in planning: a 'swap storm' is when hundreds of shift swap requests land in the first hour of a month. A swap storm is what took the worker down.",
        "swap storm", "when hundreds of shift swap requests land in the first hour of a month")]
    [InlineData("Reminder of what 'code yellow' means: merges to main are frozen until the release branch is cut. We're in code yellow from tonight.",
        "code yellow", "merges to main are frozen until the release branch is cut")]
    [InlineData("New ritual: 'paper cut Friday' is the last Friday of each sprint, when everyone fixes small UX annoyances instead of feature work.",
        "paper cut Friday", "the last Friday of each sprint, when everyone fixes small UX annoyances instead of feature work")]
    [InlineData("SLO stands for service level objective, the promise we make to clinics about uptime.", "SLO", "service level objective, the promise we make to clinics about uptime")]
    [InlineData("Glossary: hot path = the code that runs on every shift swap request.", "hot path", "the code that runs on every shift swap request")]
    [InlineData("We call the shared staging database \"the pond\", please don't drop tables in it.", "the pond", "the shared staging database")]
    [InlineData("When we say \"green build\" we mean all three pipelines passed, not just web.", "green build", "all three pipelines passed, not just web")]
    public void ADefinition_IsFoundWithItsTermAndMeaning(string text, string term, string meaning)
    {
        var fact = Assert.Single(Extract(text));

        Assert.Equal(FactKind.Term, fact.Kind);
        Assert.Equal(term, fact.Subject);
        Assert.Equal(meaning, fact.Value);
    }

    [Theory]
    [InlineData("What does 'code yellow' mean for merging?")]
    [InlineData("Sorry, what does 'the furnace' mean?")]
    [InlineData("Is 'the lighthouse' = the manager dashboard?")]
    [InlineData("Does SLO stand for service level objective here?")]
    public void AQuestion_DefinesNothing(string text) => Assert.Empty(Extract(text));

    [Theory]
    [InlineData("'Code yellow' doesn't mean we stop reviewing, it means we stop merging.")]
    [InlineData("I don't know what 'code yellow' means: nobody told me.")]
    [InlineData("'The furnace' no longer means the nightly rebuild, that job is gone.")]
    public void ANegation_DefinesNothing(string text) => Assert.Empty(Extract(text));

    [Theory]
    [InlineData("The migration slipped, that means we need to move the pilot by a week.")]
    [InlineData("Thanks for covering for me, it means a lot.")]
    [InlineData("Being on call means you answer pages within 15 minutes.")]
    [InlineData("Set the timeout = 30s in the config.")]
    [InlineData("x = y + 1 in that loop, so it overflows.")]
    [InlineData("If the furnace is red in the morning everybody's rotas are stale.")]
    [InlineData("'the furnace' is red again, Lena is on it.")]
    public void OrdinaryEnglish_DefinesNothing(string text) => Assert.Empty(Extract(text));

    [Fact]
    public void ATermDefinedTwice_IsOneSubject_WithTwoDefinitions()
    {
        var first = Assert.Single(Extract("'the lighthouse' = the manager dashboard."));
        var second = Assert.Single(Extract("Renaming: the lighthouse = the coverage heatmap only, the dashboard is just the dashboard now."));

        Assert.Equal(first.Key, second.Key);
        Assert.Equal("the coverage heatmap only, the dashboard is just the dashboard now", second.Value);
    }

    [Fact]
    public void ATicket_DefinesNothing()
    {
        var ticket = Message("'the furnace' is what we call the nightly schedule rebuild.") with { Source = BacklogRecord.Source };

        Assert.Empty(Extractor.Extract(ticket, FactContext.Empty));
    }
}
