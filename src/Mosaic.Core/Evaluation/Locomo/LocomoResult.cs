using Mosaic.Connectors.Locomo;

namespace Mosaic.Evaluation.Locomo;

/// One question's ranked turn ids from Mosaic and from the baseline, best first.
public sealed record LocomoResult(string SampleId, LocomoQuestion Question, IReadOnlyList<string> Mosaic, IReadOnlyList<string> Baseline);
