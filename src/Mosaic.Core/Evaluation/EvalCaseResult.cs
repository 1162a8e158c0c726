namespace Mosaic.Evaluation;

/// How one ground-truth question fared: the share of its expected items in the top five search results,
/// and whether the answer cited at least one of them.
public sealed record EvalCaseResult(
    string Id,
    string Kind,
    string Question,
    string Asker,
    string? Audience,
    double RecallAt5,
    bool CitationHit,
    IReadOnlyList<string> Expected,
    IReadOnlyList<string> Found,
    IReadOnlyList<string> Cited);
