using Mosaic.Domain;

namespace Mosaic.Team;

/// One reason to think someone holds a role ("reported 120 backlog items"), how many times it was seen, and a few of
/// the items it was seen in (messages or backlog items the audience may see), newest first; none for a profile title.
public sealed record RoleEvidence(string What, int Count, IReadOnlyList<ItemView> Sources);
