namespace Mosaic.Store;

/// The earlier decision on the same subject that a proposed decision replaces: what was chosen, from when, and the item
/// (its id) that said so.
public sealed record ReplacedChoice(string Value, DateTimeOffset Since, string SourceId);
