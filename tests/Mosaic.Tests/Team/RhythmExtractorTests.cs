using Mosaic.Domain;
using Mosaic.Permissions;
using Mosaic.Team;

namespace Mosaic.Tests.Team;

/// The rhythm rules on schedules as teams announce them, with one subject per ceremony however it is named, and on
/// the one-offs, questions and prohibitions that mention a ceremony and a time without setting a rhythm.
public sealed class RhythmExtractorTests
{
    private static readonly RhythmExtractor Extractor = new();

    private static IReadOnlyList<FactCandidate> Extract(string text) => Extractor.Extract(Message(text), FactContext.Empty);

    private static ItemView Message(string text) => new(
        1, "slack:C1/1.0", "slack", "1.0", ScopeKind.Conversation, 1, "C1", "#standup", "tom", 1, new DateTimeOffset(2025, 9, 1, 7, 5, 0, TimeSpan.Zero),
        text, null, null, 0, 0);

    [Theory]
    [InlineData("Standup rules for 2.0: we meet every weekday at 9:30 Berlin time in the daily room (https://meet.harbor.example/daily), 15 minutes max. If you can't make it, post here.",
        "daily standup", "every weekday at 9:30 Berlin time in the daily room")]
    [InlineData("Standup time change: from Monday October 13 the daily standup is at 15:00 Berlin time instead of 9:30, so Dan can join live. Same room.",
        "daily standup", "at 15:00 Berlin time")]
    [InlineData("Retro every other Friday at 14:00 in the big room.", "retro", "every other Friday at 14:00 in the big room")]
    [InlineData("How releases work from now on: we cut a release branch every other Wednesday and deploy to production on Thursday morning. No production deploys on Fridays, unless it's a hotfix.",
        "release", "cut a release branch every other Wednesday and deploy to production on Thursday morning")]
    [InlineData("From next sprint we do two-week sprints again.", "sprint length", "two-week sprints")]
    [InlineData("Sprint planning moves to 10:00 on the first Monday of each sprint.", "sprint planning", "10:00 on the first Monday of each sprint")]
    [InlineData("The sprint review is on Thursdays at 16:00 with the stakeholders.", "sprint review", "on Thursdays at 16:00 with the stakeholders")]
    [InlineData("Backlog refinement is weekly, Tuesdays after lunch.", "backlog refinement", "weekly")]
    public void ASchedule_IsFoundUnderItsCeremony(string text, string subject, string value)
    {
        var fact = Assert.Single(Extract(text));

        Assert.Equal(FactKind.Rhythm, fact.Kind);
        Assert.Equal(subject, fact.Subject);
        Assert.Equal(value, fact.Value);
    }

    [Fact]
    public void EveryNameOfACeremony_IsOneSubject()
    {
        string[] standups =
        [
            "We meet every weekday at 9:30 for standup.",
            "The daily is at 10:00 from now on.",
            "Daily standup: every weekday at 9:15.",
            "Stand-up moved to 11:00.",
        ];
        string[] retros = ["Retro every other Friday at 14:00.", "The retrospective is at 15:00 from now on."];

        Assert.Single(standups.Select(s => Assert.Single(Extract(s)).Key).Distinct());
        Assert.Single(retros.Select(s => Assert.Single(Extract(s)).Key).Distinct());
        Assert.NotEqual(Extract(standups[0])[0].Key, Extract(retros[0])[0].Key);
    }

    [Theory]
    [InlineData("Standup is at 10:00 today, I have the dentist at 9.")]
    [InlineData("No retro this sprint, we'll do it in the offsite.")]
    [InlineData("Standup is cancelled tomorrow.")]
    [InlineData("Can we move the retro to every other Thursday at 14:00?")]
    [InlineData("No production deploys on Fridays, unless it's a hotfix for an incident.")]
    [InlineData("Release notes need your tickets by Wednesday, Lena is collecting them.")]
    [InlineData("Design review on Tuesday at 14:00 Berlin. Agenda: the lighthouse filters.")]
    [InlineData("We're planning a team lunch every Friday at 12:00.")]
    [InlineData("Polling every 30s is fine for now, live updates are not for this sprint.")]
    public void AOneOffQuestionOrRule_IsNoRhythm(string text) => Assert.Empty(Extract(text));

    [Fact]
    public void ARetrosAgreements_AreConventions_NotASchedule()
    {
        var facts = new RhythmExtractor().Extract(
            Message("Retro notes (sprint 3, Nov 20): we agreed to (1) rotate who runs standup, (2) demo on staging, not localhost, and (3) book focus time on Wednesdays. Thanks!"),
            FactContext.Empty);
        Assert.Equal(["rotate who runs standup", "demo on staging, not localhost", "book focus time on Wednesdays"], facts.Select(f => f.Subject).ToList());
    }

    [Theory]
    [InlineData("New ritual: 'paper cut Friday' is the last Friday of each sprint, when everyone fixes small UX annoyances.", "paper cut Friday")]
    [InlineData("The Adyen sandbox API key is rotated on the first Wednesday of every month at 11:00 IST.", "Adyen sandbox API key")]
    [InlineData("On-call is official now: one week each, Monday to Monday, in this order: Priya, Dan.", "on-call rotation")]
    public void ANamedRitualOrARecurringChore_IsARhythm(string text, string subject) =>
        Assert.Equal(subject, Assert.Single(new RhythmExtractor().Extract(Message(text), FactContext.Empty)).Subject);
}
