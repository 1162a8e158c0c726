using Mosaic.Domain;
using Mosaic.Team;

namespace Mosaic.Store;

/// A proposal as an audience sees it. Subject, Value, Person and Due are the fact it was made from (for a backlog item
/// the task is the subject); Source is that fact's item, the link back. Replaced is the earlier choice a decision
/// replaced, from the same place and only when this audience may see it. Decision says who accepted or rejected it,
/// when, and what accepting wrote; null while pending.
public sealed record ProposalView(
    long Id,
    ProposalKind Kind,
    ProposalStatus Status,
    string Subject,
    string Value,
    long? PersonId,
    string? Person,
    DateTimeOffset? Due,
    DateTimeOffset Proposed,
    ItemView Source)
{
    public ReplacedChoice? Replaced { get; init; }

    public ProposalDecision? Decision { get; init; }

    /// A backlog item's title is its task; a decision record's is what was decided on what ("payment provider: Adyen").
    public string Title => Kind == ProposalKind.BacklogItem ? Subject
        : Subject.Equals(Value, StringComparison.OrdinalIgnoreCase) ? Value
        : $"{Subject}: {Value}";
}
