using Mosaic.Domain;

namespace Mosaic.Store;

/// An item next to another in its conversation: Offset -1 is the message just before the anchor, +1 the one just
/// after, +2 the one after that.
public sealed record Neighbour(long AnchorRowId, int Offset, ItemView Item);
