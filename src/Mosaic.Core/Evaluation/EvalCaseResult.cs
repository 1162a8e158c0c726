namespace Mosaic.Evaluation;

/// How one ground-truth question fared: the share of its expected items in the top five search results, whether
/// the answer cited at least one of them, and, for a privacy trap, whether it held (no forbidden item among the
/// results or citations, no forbidden phrase in the answer) and what broke it if not.
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
    IReadOnlyList<string> Cited)
{
    public bool IsTrap { get; init; }

    public IReadOnlyList<string> Breaches { get; init; } = [];

    public bool TrapHeld => IsTrap && Breaches.Count == 0;
}
