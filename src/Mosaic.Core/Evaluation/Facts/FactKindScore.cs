using Mosaic.Sample;

namespace Mosaic.Evaluation.Facts;

/// How well one kind of fact was learned. Precision is 1 when nothing was learned, recall 1 when nothing was stated.
public sealed record FactKindScore(string Kind, int Expected, int Learned, int Matched, IReadOnlyList<FactTruth> Missed, IReadOnlyList<string> Unexpected)
{
    public double Precision => Learned == 0 ? 1 : (Learned - Unexpected.Count) / (double)Learned;

    public double Recall => Expected == 0 ? 1 : Matched / (double)Expected;
}
