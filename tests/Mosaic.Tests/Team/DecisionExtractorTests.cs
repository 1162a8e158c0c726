using Mosaic.Domain;
using Mosaic.Permissions;
using Mosaic.Team;

namespace Mosaic.Tests.Team;

/// The decision rules on the sentences that trip rules up: negations, questions that sound like decisions, and
/// changes of mind that name what they replace.
public sealed class DecisionExtractorTests
{
    private static readonly DecisionExtractor Extractor = new();

    private static IReadOnlyList<FactCandidate> Extract(ItemView item) => Extractor.Extract(item, FactContext.Empty);

    private static ItemView Message(string text) => new(
        1, "slack:C1/1.0", "slack", "1.0", ScopeKind.Conversation, 1, "C1", "#dev", "maya", 1, new DateTimeOffset(2025, 9, 10, 7, 30, 0, TimeSpan.Zero),
        text, null, null, 0, 0);

    [Theory]
    [InlineData("Decision: we go with Stripe as the payment provider for 2.0. Fastest path.", "payment provider", "Stripe")]
    [InlineData("For icons in 2.0 let's use Phosphor: consistent stroke weights and it has a medical set.", "icons", "Phosphor")]
    [InlineData("Release date for Harbor 2.0: Thursday November 6. Marketing will plan around it.", "Release date", "Thursday November 6")]
    [InlineData("Minimum versions for 2.0: iOS 16 and Android 10 (API 29).", "Minimum versions", "iOS 16")]
    [InlineData("Heads up: the 2.0 release date moves from November 6 to Thursday November 20.", "release date", "Thursday November 20")]
    [InlineData("Lisbon it is. Please hold December 8-10.", "Lisbon", "Lisbon")]
    [InlineData("Thank you. I've decided to stay where I am for now.", "stay where I am", "stay where I am")]
    [InlineData("Heads up: we'll use date-fns for date handling in the web app. It's small.", "date handling", "date-fns")]
    [InlineData("We decided to go with Postgres for the reporting database.", "reporting database", "Postgres")]
    [InlineData("Agreed: weekly releases on Tuesdays from now on.", "weekly releases", "weekly releases")]
    [InlineData("Thank you for the call. To confirm what we agreed: St. Aurelia pilots Harbor 2.0 on all 14 wards.", "St. Aurelia pilots Harbor 2.0", "St. Aurelia pilots Harbor 2.0")]
    public void ADecision_IsFoundWithItsSubjectAndChoice(string text, string subject, string choice)
    {
        var fact = Assert.Single(Extract(Message(text)));

        Assert.Equal(FactKind.Decision, fact.Kind);
        Assert.Equal(subject, fact.Subject);
        Assert.Equal(choice, fact.Value);
    }

    [Theory]
    [InlineData("We did NOT decide on the payment provider yet, Stripe and Adyen are both open.")]
    [InlineData("We haven't decided to go with Stripe, it's still open.")]
    [InlineData("No decision on the icon library today.")]
    [InlineData("Nothing was settled about the release date.")]
    public void ANegation_IsNoDecision(string text) => Assert.Empty(Extract(Message(text)));

    [Theory]
    [InlineData("Should we go with Stripe for the payment provider?")]
    [InlineData("Did we decide to use Luxon for dates?")]
    [InlineData("Are we going with Lucide or Phosphor?")]
    [InlineData("Can we use Adyen as the payment provider, or is that too much work?")]
    public void AQuestionThatSoundsLikeADecision_IsNoDecision(string text) => Assert.Empty(Extract(Message(text)));

    [Fact]
    public void AChangeOfMind_NamesTheChoiceItReplaces()
    {
        var adyen = Assert.Single(Extract(Message(
            "Change of plan on the payment provider: we're switching from Stripe to Adyen. Adyen gives us SEPA direct debit.")));
        var luxon = Assert.Single(Extract(Message(
            "Reversing the date-fns decision: the web app's date library is now Luxon. date-fns can't handle clinic time zones.")));
        var back = Assert.Single(Extract(Message("OK, we're switching back from Adyen to Stripe after all.")));

        Assert.Equal(("payment provider", "Adyen", "Stripe"), (adyen.Subject, adyen.Value, adyen.Replaces));
        Assert.Equal(("date library", "Luxon", "date-fns"), (luxon.Subject, luxon.Value, luxon.Replaces));
        Assert.Equal(("Stripe", "Adyen"), (back.Value, back.Replaces));
    }

    [Fact]
    public void OrdinaryChatter_IsNoDecision()
    {
        Assert.Empty(Extract(Message("Stripe's checkout components would save me about a week on the billing page.")));
        Assert.Empty(Extract(Message("I've shipped Stripe before and the integration is quick.")));
        Assert.Empty(Extract(Message("We use the CLI, ngrok kept changing URLs.")));
        Assert.Empty(Extract(Message("OK, let's pick it up on Thursday.")));
    }
}
