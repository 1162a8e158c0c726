namespace Mosaic.Sample;

/// One emoji reaction and who added it, in the order they reacted.
internal sealed record SampleReaction(string Name, IReadOnlyList<string> UserIds);
