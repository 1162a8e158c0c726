namespace Mosaic.Evaluation.Locomo;

/// Mosaic and the baseline per category, overall over categories 1–4 (as LoCoMo results are usually given), and
/// the adversarial category 5 apart.
public sealed record LocomoReport(IReadOnlyList<LocomoResult> Results)
{
    public (RetrievalMetrics Mosaic, RetrievalMetrics Baseline) Category(int category) => Measure(Results.Where(r => r.Question.Category == category));

    public (RetrievalMetrics Mosaic, RetrievalMetrics Baseline) Overall => Measure(Results.Where(r => r.Question.Category is >= 1 and <= 4));

    private static (RetrievalMetrics, RetrievalMetrics) Measure(IEnumerable<LocomoResult> results)
    {
        var list = results.ToList();
        return (
            RetrievalMetrics.Of(list.Select(r => (r.Question.Evidence, r.Mosaic)).ToList()),
            RetrievalMetrics.Of(list.Select(r => (r.Question.Evidence, r.Baseline)).ToList()));
    }
}
