using Mosaic.Team;

namespace Mosaic.Tests.Team;

/// Vocabulary and rhythms through the store: a term defined again and a ceremony moved keep the earlier version as
/// history, and a definition given in a private channel changes nothing for those who cannot see it.
public sealed class TermAndRhythmPipelineTests : FactStoreTest
{
    [Fact]
    public async Task ATermDefinedAgain_IsCurrent_AndTheEarlierDefinitionIsHistory()
    {
        await PostAsync("CDEV", 1, "Naming thing: 'the lighthouse' = the manager dashboard, the screen with the staffing coverage heatmap.");
        await PostAsync("CDEV", 2, "Renaming: 'the lighthouse' = the coverage heatmap only.", "UT");
        await FactPipeline.WithRules(Store).RunAsync();

        var facts = await FactsAsync(FactKind.Term, "lena");

        Assert.Equal("the coverage heatmap only", Current(facts, FactSubject.Key("the lighthouse")));
        var earlier = Assert.Single(facts, f => !f.Current);
        Assert.Equal("the manager dashboard, the screen with the staffing coverage heatmap", earlier.Value);
        Assert.Equal(T0.AddMinutes(2), earlier.ValidUntil);
        Assert.Equal("slack:CDEV/1", earlier.Source.Id);
    }

    [Fact]
    public async Task AMovedCeremony_IsCurrent_UnderTheSameSubjectHoweverItIsNamed()
    {
        await PostAsync("CDEV", 1, "Standup rules for 2.0: we meet every weekday at 9:30 Berlin time in the daily room, 15 minutes max.", "UT");
        await PostAsync("CDEV", 2, "Retro every other Friday at 14:00.", "UT");
        await PostAsync("CDEV", 3, "Standup time change: from Monday October 13 the daily standup is at 15:00 Berlin time instead of 9:30.", "UT");
        await FactPipeline.WithRules(Store).RunAsync();

        var facts = await FactsAsync(FactKind.Rhythm, "lena");

        Assert.Equal("at 15:00 Berlin time", Current(facts, FactSubject.Key("daily standup")));
        Assert.Equal("every other Friday at 14:00", Current(facts, FactSubject.Key("retro")));
        var earlier = Assert.Single(facts, f => !f.Current);
        Assert.Equal("every weekday at 9:30 Berlin time in the daily room", earlier.Value);
        Assert.Equal(T0.AddMinutes(3), earlier.ValidUntil);
    }

    [Fact]
    public async Task APrivateDefinition_IsInvisibleToNonMembers_AndReplacesNothingForThem()
    {
        await PostAsync("CDEV", 1, "For the newer folks: 'the furnace' is what we call the nightly schedule rebuild.");
        await PostAsync("GLEAD", 2, "Between us: 'the furnace' = the payroll export we keep breaking.");
        await FactPipeline.WithRules(Store).RunAsync();
        var key = FactSubject.Key("the furnace");

        var lena = await FactsAsync(FactKind.Term, "lena");
        var maya = await FactsAsync(FactKind.Term, "maya");
        var mayaInDev = await FactsAsync(FactKind.Term, "maya", "#dev");

        Assert.Equal("the nightly schedule rebuild", Current(lena, key));
        Assert.DoesNotContain(lena, f => f.Value.Contains("payroll", StringComparison.Ordinal));
        Assert.Equal("the payroll export we keep breaking", Current(maya, key));
        Assert.Equal("the nightly schedule rebuild", Current(mayaInDev, key));
        Assert.DoesNotContain(mayaInDev, f => f.Value.Contains("payroll", StringComparison.Ordinal));
    }
}
