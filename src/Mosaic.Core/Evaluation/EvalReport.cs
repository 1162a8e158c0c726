namespace Mosaic.Evaluation;

/// Retrieval and answer quality over a ground truth: recall@5 of expected items for search, and the share of
/// answers citing an expected item, overall and per kind of question. Privacy traps are counted apart: each
/// either held or did not.
public sealed record EvalReport(IReadOnlyList<EvalCaseResult> Cases)
{
    public IReadOnlyList<EvalCaseResult> Questions => Cases.Where(c => !c.IsTrap).ToList();

    public IReadOnlyList<EvalCaseResult> Traps => Cases.Where(c => c.IsTrap).ToList();

    public int TrapsHeld => Traps.Count(t => t.TrapHeld);

    public bool AllTrapsHeld => TrapsHeld == Traps.Count;

    public double SearchRecallAt5 => Questions.Count == 0 ? 0 : Questions.Average(c => c.RecallAt5);

    public double CitationHitRate => Questions.Count == 0 ? 0 : Questions.Average(c => c.CitationHit ? 1.0 : 0.0);

    public IReadOnlyList<(string Kind, int Cases, double RecallAt5, double CitationHitRate)> ByKind =>
        Questions.GroupBy(c => c.Kind)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count(), g.Average(c => c.RecallAt5), g.Average(c => c.CitationHit ? 1.0 : 0.0)))
            .ToList();
}
