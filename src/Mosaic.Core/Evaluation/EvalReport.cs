namespace Mosaic.Evaluation;

/// Retrieval and answer quality over a ground truth: recall@5 of expected items for search, and the share of
/// answers citing an expected item, overall and per kind of question.
public sealed record EvalReport(IReadOnlyList<EvalCaseResult> Cases)
{
    public double SearchRecallAt5 => Cases.Count == 0 ? 0 : Cases.Average(c => c.RecallAt5);

    public double CitationHitRate => Cases.Count == 0 ? 0 : Cases.Average(c => c.CitationHit ? 1.0 : 0.0);

    public IReadOnlyList<(string Kind, int Cases, double RecallAt5, double CitationHitRate)> ByKind =>
        Cases.GroupBy(c => c.Kind)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count(), g.Average(c => c.RecallAt5), g.Average(c => c.CitationHit ? 1.0 : 0.0)))
            .ToList();
}
