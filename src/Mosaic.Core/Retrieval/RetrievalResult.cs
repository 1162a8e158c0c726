using Mosaic.Domain;
using Mosaic.Store;

namespace Mosaic.Retrieval;

/// What retrieval found for one request: ranked hits, best first, and the thread context around them
/// (roots and neighbouring replies), all for the same audience. Now is the time relative dates were read against.
public sealed record RetrievalResult(ParsedQuery Query, DateTimeOffset Now, IReadOnlyList<SearchHit> Hits, IReadOnlyList<ItemView> Context);
