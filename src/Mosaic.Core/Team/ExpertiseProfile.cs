namespace Mosaic.Team;

/// What one person answers questions about: how many answers the audience may see, and the topics they share most.
public sealed record ExpertiseProfile(long PersonId, string Person, int Answers, IReadOnlyList<ExpertTopic> Topics);
