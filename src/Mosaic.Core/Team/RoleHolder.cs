namespace Mosaic.Team;

/// Someone holding a Scrum role for an audience: configured (taken as given, confidence 1), or inferred with the
/// evidence and a confidence.
public sealed record RoleHolder(ScrumRole Role, long PersonId, string Person, bool Configured, double Confidence, IReadOnlyList<RoleEvidence> Evidence);
