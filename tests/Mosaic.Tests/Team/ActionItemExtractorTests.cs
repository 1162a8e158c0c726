using System.Globalization;
using Mosaic.Domain;
using Mosaic.Permissions;
using Mosaic.Team;

namespace Mosaic.Tests.Team;

/// The action-item rules on what trips them up: who the assignee is in each form, questions and negations that look
/// like tasks, deadlines across month and year ends in the author's time zone, and closings that must land on the
/// open item's subject.
public sealed class ActionItemExtractorTests
{
    private static readonly ActionItemExtractor Extractor = new();

    private static readonly FactContext People = new([
        new Person(1, "maya", "maya", "Maya Rao", null, "Asia/Kolkata", false, []),
        new Person(2, "priya", "priya", "Priya Shah", null, "America/New_York", false, []),
        new Person(3, "tom", "tom", "Tom Berg", null, null, false, []),
    ]);

    /// Monday 26 January 2026, 10:00 UTC.
    private static readonly DateTimeOffset Monday = new(2026, 1, 26, 10, 0, 0, TimeSpan.Zero);

    private static ItemView Message(string text, long author = 3, DateTimeOffset? at = null, string? thread = null, string reference = "1.0") => new(
        1, $"slack:C1/{reference}", "slack", reference, ScopeKind.Conversation, 1, "C1", "#dev", People.ById(author)?.Handle, author, at ?? Monday,
        text, thread, null, 0, 0);

    private static IReadOnlyList<FactCandidate> Extract(ItemView item) => Extractor.Extract(item, People);

    [Theory]
    [InlineData("@priya can you review the PR for search ranking by Thursday?", "review the PR for search ranking", 2L)]
    [InlineData("@priya, could you please update the runbook when you get a chance", "update the runbook", 2L)]
    [InlineData("@maya please rotate the staging keys, thanks!", "rotate the staging keys", 1L)]
    [InlineData("Sure, I'll update the onboarding doc tomorrow.", "update the onboarding doc", 3L)]
    [InlineData("I'm going to migrate the billing job to the new queue.", "migrate the billing job to the new queue", 3L)]
    [InlineData("TODO: add retries to the importer", "add retries to the importer", 3L)]
    [InlineData("TODO(@priya): add retries to the importer", "add retries to the importer", 2L)]
    public void AnActionItem_IsOpen_WithItsTaskAndAssignee(string text, string task, long assignee)
    {
        var fact = Assert.Single(Extract(Message(text)));

        Assert.Equal(FactKind.ActionItem, fact.Kind);
        Assert.Equal(task, fact.Subject);
        Assert.Equal(assignee, fact.PersonId);
        Assert.Equal(ActionItemExtractor.Open, fact.Status);
    }

    [Fact]
    public void AnUnknownAssignee_KeepsTheFact_ByName()
    {
        var fact = Assert.Single(Extract(Message("@zoe can you draft the release notes by Friday")));

        Assert.Null(fact.PersonId);
        Assert.Equal("draft the release notes", fact.Subject);
        Assert.Equal("zoe: draft the release notes", fact.Value);
    }

    [Theory]
    [InlineData("@priya can you tell me what the deploy schedule is?")]
    [InlineData("@priya could you let me know whether staging is up?")]
    [InlineData("@tom can you see the dashboard?")]
    [InlineData("I'll be out Friday, back Monday.")]
    [InlineData("I'll think about it.")]
    [InlineData("I'll probably look at the flaky test later.")]
    [InlineData("I won't have time to review the PR this week.")]
    [InlineData("@priya no need to update the runbook, it's current.")]
    [InlineData("@priya can you not merge the PR yet")]
    [InlineData("If the build fails again I'll restart the runner.")]
    [InlineData("Will I'll-style promises ever work?")]
    [InlineData("We review PRs on Thursdays.")]
    [InlineData("Sure, I'll do it.")]
    [InlineData("@tom could you do one more by Friday?")]
    public void AQuestionAHedgeOrANegation_IsNoActionItem(string text) => Assert.Empty(Extract(Message(text)));

    [Theory]
    // Author without a time zone: the message's own offset (UTC here).
    [InlineData("2026-01-26T10:00:00+00:00", 3L, "@priya can you review the PR by Thursday", "2026-01-29T23:59:59+00:00")]
    [InlineData("2026-01-26T10:00:00+00:00", 3L, "@priya can you review the PR by Friday EOD", "2026-01-30T23:59:59+00:00")]
    [InlineData("2026-01-26T10:00:00+00:00", 3L, "@priya can you review the PR by end of month", "2026-01-31T23:59:59+00:00")]
    [InlineData("2026-01-26T10:00:00+00:00", 3L, "@priya can you review the PR next week", "2026-02-08T23:59:59+00:00")]
    [InlineData("2026-01-30T10:00:00+00:00", 3L, "@priya can you review the PR by the 2nd", "2026-02-02T23:59:59+00:00")]
    [InlineData("2026-11-26T10:00:00+00:00", 3L, "@priya can you review the PR by Nov 30", "2026-11-30T23:59:59+00:00")]
    [InlineData("2026-12-30T10:00:00+00:00", 3L, "@priya can you review the PR by the 3rd", "2027-01-03T23:59:59+00:00")]
    [InlineData("2026-12-30T10:00:00+00:00", 3L, "@priya can you review the PR by Jan 5", "2027-01-05T23:59:59+00:00")]
    // A Kolkata author at 23:00 local on 31 January: tomorrow ends at midnight in Kolkata, not in UTC.
    [InlineData("2026-01-31T17:30:00+00:00", 1L, "@priya can you review the PR by tomorrow", "2026-02-01T23:59:59+05:30")]
    // A New York author at 21:00 local on New Year's Eve, already 1 January in UTC: tomorrow is still 1 January.
    [InlineData("2027-01-01T02:00:00+00:00", 2L, "I'll review the PR tomorrow", "2027-01-01T23:59:59-05:00")]
    public void ADueDate_IsTheEndOfThatDayWhereTheAuthorIs(string at, long author, string text, string due)
    {
        var fact = Assert.Single(Extract(Message(text, author, DateTimeOffset.Parse(at, CultureInfo.InvariantCulture))));

        Assert.Equal("review the PR", fact.Subject);
        Assert.Equal(DateTimeOffset.Parse(due, CultureInfo.InvariantCulture), fact.Due);
    }

    [Fact]
    public void AnActionItemWithoutADeadline_HasNoDueDate() =>
        Assert.Null(Assert.Single(Extract(Message("@priya can you review the 3rd test in the suite"))).Due);

    [Theory]
    [InlineData("@priya can you review the PR for search ranking by Thursday", "done: review the PR for search ranking")]
    [InlineData("@priya can you review the PR for search ranking by Thursday", "✅ review the PR for search ranking")]
    [InlineData("@priya can you review the PR for search ranking by Thursday", "I've finished reviewing the PR for search ranking, looks good.")]
    [InlineData("@priya I'll merge the search fix tomorrow", "I just merged the search fix.")]
    [InlineData("TODO(@priya): rotate the staging keys", "Update: I have rotated the staging keys")]
    public void AClosing_LandsOnTheOpenItemsSubject(string open, string close)
    {
        var opened = Assert.Single(Extract(Message(open, author: open.StartsWith("@priya I'll", StringComparison.Ordinal) ? 2 : 3)));
        var closed = Assert.Single(Extract(Message(close, author: 2, at: Monday.AddDays(2))));

        Assert.Equal(opened.Key, closed.Key);
        Assert.Equal(ActionItemExtractor.Done, closed.Status);
        Assert.Equal(2, closed.PersonId);
    }

    [Fact]
    public void OneTaskForTwoPeople_IsTwoItems_AndNeitherClosesTheOther()
    {
        var priya = Assert.Single(Extract(Message("I'll take a look after lunch", author: 2)));
        var tom = Assert.Single(Extract(Message("I'll take a look after lunch", author: 3)));
        var tomDone = Assert.Single(Extract(Message("I've updated the runbook", author: 3)));
        var priyaOpen = Assert.Single(Extract(Message("I'll update the runbook", author: 2)));

        Assert.NotEqual(priya.Key, tom.Key);
        Assert.NotEqual(priyaOpen.Key, tomDone.Key);
    }

    [Theory]
    [InlineData("I'll check.")]
    [InlineData("Probably mine, I'll look.")]
    [InlineData("Good point, I'll check")]
    public void ABareVerbWithoutADeadline_IsNoTask(string text) => Assert.Empty(Extract(Message(text)));

    [Fact]
    public void ABareVerbWithADeadline_IsATask() =>
        Assert.Equal("decide", Assert.Single(Extract(Message("@tom can you decide by Friday so I can hold the dates?"))).Subject);

    [Fact]
    public void APossessiveDay_IsPartOfTheTask_NotItsDeadline()
    {
        var fact = Assert.Single(Extract(Message("Deal. I'll shadow tonight's run.")));
        Assert.Equal("shadow tonight's run", fact.Subject);
        Assert.Null(fact.Due);
    }

    [Fact]
    public void ASpanOfDays_IsPartOfTheTask_NotItsDeadline()
    {
        var fact = Assert.Single(Extract(Message("@priya please hold December 8-10 for the offsite")));
        Assert.Equal("hold December 8-10 for the offsite", fact.Subject);
        Assert.Null(fact.Due);
    }

    [Fact]
    public void AnAbbreviation_DoesNotEndTheTask() =>
        Assert.Equal("tell St. Aurelia it was us", Assert.Single(Extract(Message("Thanks all. I'll tell St. Aurelia it was us, not them."))).Subject);

    [Fact]
    public void SomeoneTheDirectoryKnows_WillDoIt_IsTheirs()
    {
        var facts = Extract(Message("Perfect. Priya will run the session on site and bring four test phones; I'll join remotely."));
        Assert.Equal([("run the session on site and bring four test phones", 2L), ("join remotely", 3L)], facts.Select(f => (f.Subject, f.PersonId ?? 0)).ToList());
        Assert.Empty(Extract(Message("Marketing will plan the launch email around it.")));
    }

    [Fact]
    public void AListUnderAnActionItemsHeading_IsTasks_ForTheNamedOrTheOwner()
    {
        var note = Message("Action items\nPriya: post the standup change in #standup.\nMe: check with Tom by Friday.\nOrder flowers", author: 1) with
        {
            Source = "notes", Scope = Mosaic.Permissions.ScopeKind.Personal, ConversationId = null, OwnerId = 1, Title = "1:1 with Tom › Action items",
        };
        var facts = Extract(note);
        Assert.Equal([("post the standup change in #standup", 2L), ("check with Tom", 1L), ("Order flowers", 1L)], facts.Select(f => (f.Subject, f.PersonId ?? 0)).ToList());
        Assert.NotNull(facts[1].Due);
        Assert.Empty(Extract(note with { Title = "1:1 with Tom › 2025-10-20" }));
    }

    [Fact]
    public void ARequestInAMail_IsForWhoeverItIsWrittenTo()
    {
        var received = Message("Re: Slides\nFrom: Tom Berg <tom@x.example>\nTo: Maya Rao <maya@x.example>\n\nCould you send the product slides by November 28?", author: 3) with
        {
            Source = "mail", Scope = Mosaic.Permissions.ScopeKind.Personal, ConversationId = null, OwnerId = 1,
        };
        var fact = Assert.Single(Extract(received));
        Assert.Equal(("send the product slides", 1L), (fact.Subject, fact.PersonId ?? 0));
        Assert.Empty(Extract(received with { Text = "Hi\n\nCan you make it? Your brother is flying in." }));
        Assert.Empty(Extract(received with { Source = "slack", Scope = Mosaic.Permissions.ScopeKind.Conversation, ConversationId = 5, OwnerId = null }));
    }

    [Fact]
    public void ABareDoneInAThread_ContinuesTheThread_ButNotAtTheTopLevel()
    {
        var reply = Assert.Single(Extract(Message("done ✅", author: 2, thread: "1.0", reference: "2.0")));
        Assert.True(reply.ContinuesThread);
        Assert.Equal(ActionItemExtractor.Done, reply.Status);

        Assert.Empty(Extract(Message("done", author: 2)));
        Assert.Empty(Extract(Message("done", author: 2, thread: "1.0", reference: "1.0")));
        Assert.Empty(Extract(Message("not done yet", author: 2, thread: "1.0", reference: "2.0")));
    }
}
