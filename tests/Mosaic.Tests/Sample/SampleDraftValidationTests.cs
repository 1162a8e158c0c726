using Mosaic.Sample;

namespace Mosaic.Tests.Sample;

/// The generator refuses to finish when ground truth contradicts who may see what; these prove it for
/// personal cases and traps on a draft with one message and one note.
public sealed class SampleDraftValidationTests
{
    private readonly SampleDraft _draft = new(new SampleTeam());
    private readonly SampleMessage _leadership;
    private readonly SampleMessage _general;
    private readonly SampleNote _note;

    public SampleDraftValidationTests()
    {
        var t = _draft.Team;
        _draft.Found(t.General);
        _draft.Found(t.Leadership);
        _leadership = _draft.Post(t.Leadership, t.Maya, new DateTimeOffset(2025, 10, 1, 9, 0, 0, TimeSpan.Zero), "The budget is 60k EUR.");
        _general = _draft.Post(t.General, t.Maya, new DateTimeOffset(2025, 10, 1, 9, 5, 0, TimeSpan.Zero), "Lunch is at noon.");
        _note = _draft.AddNote(new SampleNote(t.Maya, "todo.md", "# Personal todo\n\nBook the dentist for November.\n"));
    }

    [Fact]
    public void Validate_PersonalCaseAskedByItsOwner_Passes()
    {
        _draft.AskPersonal("ok", "What's on my todo list?", _draft.Team.Maya, null, _note.Section("personal-todo"));
        _draft.Trap("trap", "What's on Maya's todo list?", _draft.Team.Tom, null, ["dentist"], _note.Section("personal-todo"));

        _draft.Validate();
    }

    [Fact]
    public void Validate_PersonalCaseAskedBySomeoneElse_Throws()
    {
        _draft.AskPersonal("bad", "What's on my todo list?", _draft.Team.Tom, null, _note.Section("personal-todo"));

        var error = Assert.Throws<InvalidOperationException>(_draft.Validate);

        Assert.Contains("is not visible to", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PersonalItemExpectedForAChannel_Throws()
    {
        _draft.Ask("bad", GroundTruthKind.Personal, "What's on my todo list?", _draft.Team.Maya, _draft.Team.General, null, _note.Section("personal-todo"));

        var error = Assert.Throws<InvalidOperationException>(_draft.Validate);

        Assert.Contains("is not visible to", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TrapForbiddingWhatTheAudienceMaySee_Throws()
    {
        _draft.Trap("bad", "When is lunch?", _draft.Team.Tom, _draft.Team.General, ["noon"], _general);

        var error = Assert.Throws<InvalidOperationException>(_draft.Validate);

        Assert.Contains("which its audience may see", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TrapForbiddingALeadershipMessageForGeneral_Passes()
    {
        _draft.Trap("trap", "What's the budget?", _draft.Team.Tom, _draft.Team.General, ["60k EUR"], _leadership);

        _draft.Validate();
    }

    [Fact]
    public void Validate_TrapForbiddingALeadershipMessageToAMember_Throws()
    {
        _draft.Trap("bad", "What's the budget?", _draft.Team.Tom, null, ["60k EUR"], _leadership);

        var error = Assert.Throws<InvalidOperationException>(_draft.Validate);

        Assert.Contains("which its audience may see", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TrapPhraseTheAudienceCanReadElsewhere_Throws()
    {
        _draft.Trap("bad", "What's the budget?", _draft.Team.Tom, _draft.Team.General, ["the"], _leadership);

        var error = Assert.Throws<InvalidOperationException>(_draft.Validate);

        Assert.Contains("is also in", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TrapPhraseInNoForbiddenItem_Throws()
    {
        _draft.Trap("bad", "What's the budget?", _draft.Team.Tom, _draft.Team.General, ["90k EUR"], _leadership);

        var error = Assert.Throws<InvalidOperationException>(_draft.Validate);

        Assert.Contains("is in none of its forbidden items", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Section_UnknownSlug_Throws() =>
        Assert.Throws<InvalidOperationException>(() => _note.Section("nope"));
}
