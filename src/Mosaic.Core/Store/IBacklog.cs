using Mosaic.Permissions;

namespace Mosaic.Store;

/// The backlog as an audience may see it. Backlog items are written as items (IContentStore.WriteAsync, with
/// ImportBatch.Backlog); every read here applies the audience rule inside the query, to the backlog items and to the
/// items that mention them alike.
public interface IBacklog
{
    /// The backlog item with this key, with its status history and the items that mention it; null when there is none
    /// the audience may see.
    Task<BacklogItem?> GetAsync(string key, AccessContext access, int mentions = 50, CancellationToken ct = default);

    /// Backlog items the audience may see, by project and key, without history or mentions.
    Task<IReadOnlyList<BacklogItem>> ListAsync(BacklogFilter filter, AccessContext access, CancellationToken ct = default);

    /// The tickets the given items (by row id) link to, for those of the items the audience may see: keys of backlog
    /// items the audience may see, and keys in those items' projects that were not imported (yet).
    Task<IReadOnlyList<TicketLink>> LinksAsync(IReadOnlyList<long> itemRowIds, AccessContext access, CancellationToken ct = default);
}
