using Mosaic.Domain;

namespace Mosaic.Store;

/// An item found by a search; a higher score is a better match.
public sealed record SearchHit(ItemView Item, double Score);
