namespace Mosaic.Evaluation.Locomo;

/// Evidence recall at 1, 5, 10 and 20 (the share of a question's evidence turns ranked that high, averaged over
/// questions) and mean reciprocal rank of the first evidence turn (0 when none is in the top 20).
public sealed record RetrievalMetrics(int Questions, double RecallAt1, double RecallAt5, double RecallAt10, double RecallAt20, double Mrr)
{
    public static RetrievalMetrics Of(IReadOnlyList<(IReadOnlyList<string> Evidence, IReadOnlyList<string> Ranked)> runs)
    {
        if (runs.Count == 0)
        {
            return new RetrievalMetrics(0, 0, 0, 0, 0, 0);
        }

        double Recall(int k) => runs.Average(r => r.Evidence.Count(r.Ranked.Take(k).Contains) / (double)r.Evidence.Count);
        var mrr = runs.Average(r =>
        {
            var rank = r.Ranked.Select((id, i) => (id, i)).FirstOrDefault(x => r.Evidence.Contains(x.id), (null!, -1)).Item2;
            return rank < 0 ? 0 : 1.0 / (rank + 1);
        });
        return new RetrievalMetrics(runs.Count, Recall(1), Recall(5), Recall(10), Recall(20), mrr);
    }
}
