using Mosaic.Domain;
using Mosaic.Team;

namespace Mosaic.Store;

/// A fact as an audience sees it. ValidUntil and ReplacedBy come from the next fact on the same subject that this
/// audience may see: a fact is current when there is none. Source is the item it was learned from.
public sealed record FactView(
    long Id,
    FactKind Kind,
    string Subject,
    string SubjectKey,
    string Value,
    long? PersonId,
    string? Person,
    DateTimeOffset? Due,
    string? Status,
    double Confidence,
    DateTimeOffset ValidFrom,
    DateTimeOffset? ValidUntil,
    long? ReplacedBy,
    string Extractor,
    ItemView Source)
{
    public bool Current => ReplacedBy is null;
}
