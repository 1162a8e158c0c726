using Mosaic.Store;
using Mosaic.Team;

namespace Mosaic.Tests.Team;

/// Facts learned through the store: incrementally from what is written, gone with edits and deletions, and current
/// per audience, so a change of mind in a private channel never replaces the public decision in public.
public sealed class FactPipelineTests : FactStoreTest
{
    private Task<IReadOnlyList<FactView>> DecisionsAsync(string asker, string? shownIn = null) => FactsAsync(FactKind.Decision, asker, shownIn);

    [Fact]
    public async Task AChangeOfMind_ReplacesTheEarlierDecision_WhichStaysAsHistory()
    {
        await PostAsync("CDEV", 1, "Decision: we go with Stripe as the payment provider for 2.0.");
        await PostAsync("CDEV", 2, "Stripe's checkout components would save me a week.", "UL");
        await PostAsync("CDEV", 3, "Change of plan on the payment provider: we're switching from Stripe to Adyen.");

        Assert.Equal(2, await FactPipeline.WithRules(Store).RunAsync());
        var facts = await DecisionsAsync("lena");

        var key = FactSubject.Key("payment provider");
        Assert.Equal("Adyen", Current(facts, key));
        var stripe = Assert.Single(facts, f => f.Value == "Stripe");
        Assert.Equal(T0.AddMinutes(3), stripe.ValidUntil);
        Assert.Equal(facts.Single(f => f.Value == "Adyen").Id, stripe.ReplacedBy);
        Assert.Equal("slack:CDEV/1", stripe.Source.Id);
    }

    [Fact]
    public async Task ADecisionRevertedAndRedecided_EndsWithTheLatest()
    {
        await PostAsync("CDEV", 1, "Decision: we go with Stripe as the payment provider for 2.0.");
        await PostAsync("CDEV", 2, "Change of plan on the payment provider: we're switching from Stripe to Adyen.");
        await PostAsync("CDEV", 3, "Adyen's onboarding is stuck, so we're switching back from Adyen to Stripe.");
        await FactPipeline.WithRules(Store).RunAsync();

        var facts = await DecisionsAsync("tom");

        Assert.Equal("Stripe", Current(facts, FactSubject.Key("payment provider")));
        Assert.Equal(["Stripe", "Adyen", "Stripe"], facts.Select(f => f.Value));
    }

    [Fact]
    public async Task APrivateChangeOfMind_ReplacesTheDecisionOnlyWhereItsChannelIsSeen()
    {
        await PostAsync("CDEV", 1, "Decision: we go with Stripe as the payment provider for 2.0.");
        await PostAsync("GLEAD", 2, "Between us: we're switching from Stripe to Mollie next quarter.");
        await FactPipeline.WithRules(Store).RunAsync();
        var key = FactSubject.Key("payment provider");

        var lena = await DecisionsAsync("lena");
        var mayaAlone = await DecisionsAsync("maya");
        var mayaInDev = await DecisionsAsync("maya", "#dev");

        Assert.Equal("Stripe", Current(lena, key));
        Assert.DoesNotContain(lena, f => f.Value == "Mollie");
        Assert.Equal("Mollie", Current(mayaAlone, key));
        Assert.Equal("Stripe", Current(mayaInDev, key));
        Assert.DoesNotContain(mayaInDev, f => f.Value == "Mollie");
    }

    [Fact]
    public async Task NewMessages_AreLearnedIncrementally_AndEditsAndDeletionsTakeTheirFactsAlong()
    {
        var pipeline = FactPipeline.WithRules(Store);
        await PostAsync("CDEV", 1, "Decision: we go with Stripe as the payment provider for 2.0.");
        Assert.Equal(1, await pipeline.RunAsync());
        Assert.Equal(0, await pipeline.RunAsync());

        await PostAsync("CDEV", 2, "For icons in 2.0 let's use Phosphor.");
        Assert.Equal(1, await pipeline.RunAsync());
        Assert.Equal(2, (await DecisionsAsync("lena")).Count);

        await PostAsync("CDEV", 2, "For icons in 2.0, should we use Phosphor?");
        Assert.Single(await DecisionsAsync("lena"));
        Assert.Equal(0, await pipeline.RunAsync());

        await Store.RemoveAsync("slack", ["CDEV/1"]);
        Assert.Empty(await DecisionsAsync("lena"));
    }

    [Fact]
    public async Task AnOwnershipChange_MakesTheNewOwnerCurrent_AndKeepsTheOldAsHistory()
    {
        await PostAsync("CDEV", 1, "Lena owns the furnace (the nightly rebuild job).");
        await PostAsync("CDEV", 2, "Tom takes over the furnace from next week, Lena moves to payments.");
        await FactPipeline.WithRules(Store).RunAsync();

        var owners = await FactsAsync(FactKind.Ownership, "maya");

        var current = Assert.Single(owners, f => f.Current);
        Assert.Equal(("furnace", "tom"), (current.Subject, current.Person));
        var earlier = Assert.Single(owners, f => !f.Current);
        Assert.Equal(("lena", T0.AddMinutes(2)), (earlier.Person, earlier.ValidUntil));
    }

    [Fact]
    public async Task ADoneForATaskNobodyWasGiven_IsNoActionItem()
    {
        await PostAsync("CDEV", 1, "I've shipped Stripe before and the integration is quick.", "UL");
        await PostAsync("CDEV", 2, "@lena can you rotate the staging keys?");
        await PostAsync("CDEV", 3, "done: rotate the staging keys", "UL");
        await FactPipeline.WithRules(Store).RunAsync();

        var actions = await FactsAsync(FactKind.ActionItem, "maya");

        Assert.DoesNotContain(actions, a => a.Subject.Contains("Stripe", StringComparison.Ordinal));
        var current = Assert.Single(actions, a => a.Current);
        Assert.Equal(("done", "lena"), (current.Status, current.Person));
    }
}
