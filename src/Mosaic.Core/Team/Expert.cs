using Mosaic.Store;

namespace Mosaic.Team;

/// Someone who knows about a topic, as ExpertFinder ranks them: Score (their answers' relevance to the topic times
/// their confidence, summed over threads), how many of their answers matched, the topics those answered, and the best
/// of those answers (their source items are the citations), best first.
public sealed record Expert(long PersonId, string Person, double Score, int Answers, IReadOnlyList<string> Topics, IReadOnlyList<FactView> Evidence);
