using Mosaic.Domain;
using Mosaic.Permissions;

namespace Mosaic.Store;

/// Items and what they belong to. Every read takes the AccessContext of the request and
/// applies the audience rule inside the query; nothing is filtered afterwards.
public interface IContentStore : IAsyncDisposable
{
    /// Writes the batch in one transaction: all of it or nothing. Idempotent: an item whose content is
    /// already stored is counted unchanged; a changed one replaces the stored text everywhere, index included.
    Task<WriteResult> WriteAsync(ImportBatch batch, CancellationToken ct = default);

    /// Removes items that were deleted at their source, from the index and everything derived from them, and
    /// overwrites the freed bytes. Idempotent: ids that are not stored are not an error. Returns how many went.
    Task<int> RemoveAsync(string source, IReadOnlyList<string> nativeIds, CancellationToken ct = default);

    /// BM25-ranked items the audience may see.
    Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, AccessContext access, CancellationToken ct = default);

    /// For each given item in a thread: the thread's root and the replies within `around` positions of it,
    /// for the same audience. Items outside threads bring nothing.
    Task<IReadOnlyList<ItemView>> GetThreadContextAsync(IReadOnlyList<ItemView> items, int around, AccessContext access, CancellationToken ct = default);

    /// For each given conversation item outside a thread (or a thread's root): the top-level items just before and
    /// after it in the same conversation, up to `before` and `after` of them, for the same audience.
    /// Conversations run on: an answer is usually the next message, not the one that matched.
    Task<IReadOnlyList<Neighbour>> GetNeighboursAsync(IReadOnlyList<ItemView> items, int before, int after, AccessContext access, CancellationToken ct = default);

    /// The time of the newest item the audience may see, or null when there is none. Calendar events do not count:
    /// they are scheduled, often in the future, while "now" is the last moment the data has seen; nor do backlog items,
    /// whose time is the creation, or the file's when the backlog gives none.
    Task<DateTimeOffset?> GetNewestTimeAsync(AccessContext access, CancellationToken ct = default);
}
