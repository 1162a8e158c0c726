using Mosaic.Team;

namespace Mosaic.Store;

/// A role someone was given by configuration, and since when.
public sealed record ConfiguredRole(ScrumRole Role, long PersonId, string Person, DateTimeOffset Since);
