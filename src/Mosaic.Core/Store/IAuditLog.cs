namespace Mosaic.Store;

/// What was shown to whom. Every answer and result list is recorded with the items it showed and the audience
/// that could see it.
public interface IAuditLog
{
    Task RecordAsync(AuditEntry entry, CancellationToken ct = default);

    /// Every time an item of this person's personal slice was shown, newest first.
    Task<IReadOnlyList<AuditRecord>> ShownFromSliceOfAsync(long ownerId, CancellationToken ct = default);
}
