namespace Mosaic.Sample;

/// The kinds of ground-truth question, so evaluation can report per kind.
public static class GroundTruthKind
{
    public const string Fact = "fact";
    public const string Owner = "owner";
    public const string Decision = "decision";

    /// A decision that was later changed; the expected message is the current one only.
    public const string DecisionChanged = "decision-changed";
    public const string Jargon = "jargon";
    public const string Ticket = "ticket";

    /// The question uses relative time words, resolved against GroundTruthCase.Now.
    public const string Time = "time";

    /// The answer is a reply inside a thread whose root holds the question's topic.
    public const string Thread = "thread";

    /// The asker asks about their own mail, calendar or notes, for themselves alone (Audience is null).
    public const string Personal = "personal";

    /// A privacy trap: the Forbidden items must not be shown and the ForbiddenPhrases must not be said,
    /// whatever else the answer contains. Expected may be empty.
    public const string Trap = "trap";

    public static IReadOnlyList<string> All { get; } =
        [Fact, Owner, Decision, DecisionChanged, Jargon, Ticket, Time, Thread, Personal, Trap];
}
