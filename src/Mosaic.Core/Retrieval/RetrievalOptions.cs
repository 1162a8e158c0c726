namespace Mosaic.Retrieval;

/// How much to retrieve. Now overrides the reference time for relative dates (by default the newest item the
/// audience may see); ContextAround is how many replies either side of a hit come with it.
public sealed record RetrievalOptions(int Limit = 10, DateTimeOffset? Now = null, int ContextAround = 2);
