namespace Mosaic.Sample;

/// A fact the sample states, as a careful reader would note it: what evaluation expects the team model to learn.
/// Kind is a fact kind's name ("decision", "action", "owner", "term", "rhythm", "expertise"). Item is the id of the
/// item that states it (as in GroundTruthCase). A learned fact matches when it comes from that item and every word
/// of About (stemmed) is in its subject or value; Person (a Slack username), Status ("open", "done") and Current are
/// checked when given, and ReplacedBy names the item whose fact replaced this one.
/// The list is exhaustive for the kinds it covers: a learned fact that matches none counts against precision.
public sealed record FactTruth(
    string Kind,
    string Item,
    string About,
    string? Person = null,
    string? Status = null,
    bool? Current = null,
    string? ReplacedBy = null);
