namespace Mosaic.Team;

/// A fact as an extractor proposes it from one item. Subject is what it is about ("payment provider", a term, a
/// component, a ceremony); facts of one kind whose subjects have the same key (FactSubject.Key) are versions of one
/// another, the newest current. Value is what it says about the subject, in the item's words.
public sealed record FactCandidate(FactKind Kind, string Subject, string Value, double Confidence)
{
    /// The person it concerns: an action item's assignee, an owner, an expert, a role's holder.
    public long? PersonId { get; init; }

    public DateTimeOffset? Due { get; init; }

    public string? Status { get; init; }

    /// The earlier choice this one replaces, as the item names it ("from Stripe to Adyen"): the pipeline files the
    /// fact under the subject of the newest earlier fact of its kind that chose it.
    public string? Replaces { get; init; }

    /// A reply that speaks of its thread's fact without naming it (a bare "done"): the pipeline files it under the
    /// subject of the newest fact of its kind in the thread, and drops it when there is none.
    public bool ContinuesThread { get; init; }

    /// Set by the pipeline when the fact continues an earlier subject under other words; else the subject's own key.
    public string? SubjectKey { get; init; }

    /// An action item is one person's: the same words for two people are two tasks, and neither closes the other.
    public string Key => SubjectKey ?? (Kind == FactKind.ActionItem && PersonId is { } person ? $"{FactSubject.Key(Subject)} @{person}" : FactSubject.Key(Subject));
}
