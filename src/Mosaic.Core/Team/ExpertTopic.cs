using Mosaic.Store;

namespace Mosaic.Team;

/// A topic someone answered questions about (a word or phrase their answers' topics share), how many answers, and
/// those answers, newest first.
public sealed record ExpertTopic(string Topic, int Count, IReadOnlyList<FactView> Evidence);
