using FsCheck.Xunit;
using Mosaic.Requests;
using Mosaic.Retrieval;
using Mosaic.Store.Sqlite;
using Mosaic.Team;
using Mosaic.Tests.Permissions;

namespace Mosaic.Tests.Answering;

/// Answers from the team model keep to the audience rule, on the random workspaces of the audience-rule properties:
/// every item decides the payment provider anew (each naming its own token), so the current choice for an audience is
/// the newest decision it may see. The answer names exactly that choice, cites only items the audience may see, and
/// quotes no token of an item it may not.
public sealed class TeamAnswerProperties
{
    [Property(MaxTest = 500, Arbitrary = [typeof(AudienceArbitraries)], QuietOnSuccess = true)]
    public void AnAnswerFromFacts_IsTheNewestChoiceTheAudienceMaySee_AndCitesNothingElse(AudienceScenario scenario) =>
        Task.Run(() => CheckAsync(scenario)).GetAwaiter().GetResult();

    private static string Text(ItemSpec item) => $"Decision: we go with {AudienceScenario.Token(item.Index)} as the payment provider.";

    private static async Task CheckAsync(AudienceScenario s)
    {
        await using var store = await SqliteContentStore.OpenInMemoryAsync();
        var ids = await AudienceRuleProperties.BuildAsync(store, s, posted: false, Text);
        await FactPipeline.WithRules(store).RunAsync();
        var request = await new RequestFactory(new NameResolver(store)).CreateAsync($"p{s.Asker}", s.ShownIn is { } c ? $"C{c}" : null);
        var queries = new QueryService(store, store, new Mosaic.Answering.ExtractiveAnswerer(), store, team: new Mosaic.Answering.TeamAnswerer(store, store));

        var ask = await queries.AskAsync(request, "Which payment provider are we using?");

        var eligible = s.Items.Where(s.Eligible).ToList();
        var cited = ask.Citations.Select(r => r.Id).ToList();
        var allowed = eligible.Select(i => ids[i.Index]).ToHashSet();
        Assert.True(cited.All(allowed.Contains), $"cited {string.Join(", ", cited.Where(id => !allowed.Contains(id)))}, which the audience may not see");
        var leaked = s.Items.Where(i => !s.Eligible(i)).Select(i => AudienceScenario.Token(i.Index)).Where(ask.Answer.Contains).ToList();
        Assert.True(leaked.Count == 0, $"the answer quotes {string.Join(", ", leaked)}: {ask.Answer}");
        if (eligible.MaxBy(i => i.Index) is { } newest)
        {
            Assert.StartsWith($"The current decision on the payment provider: {AudienceScenario.Token(newest.Index)}", ask.Answer, StringComparison.Ordinal);
            Assert.Equal(ids[newest.Index], cited[0]);
        }
    }
}
