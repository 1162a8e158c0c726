namespace Mosaic.Evaluation.Facts;

/// The team model's precision and recall per kind of fact.
public sealed record FactReport(IReadOnlyList<FactKindScore> Kinds);
