namespace Mosaic.Store;

/// A lexical search. Terms are words or phrases, any of which may match (ranked by BM25); with no terms,
/// the newest items that pass the filters come back. From is inclusive, Until exclusive.
public sealed record SearchQuery(
    IReadOnlyList<string> Terms,
    int Limit,
    DateTimeOffset? From = null,
    DateTimeOffset? Until = null,
    long? AuthorId = null,
    long? ConversationId = null);
