namespace Mosaic.Connectors.Locomo;

/// One QA item: its category (1 multi-hop, 2 temporal, 3 open-domain, 4 single-hop, 5 adversarial) and the turns
/// that hold its answer, normalised (malformed ids repaired where unambiguous, missing ones dropped).
public sealed record LocomoQuestion(string Question, int Category, IReadOnlyList<string> Evidence);
