using Mosaic.Permissions;

namespace Mosaic.Store;

/// Mosaic proposes, people decide: backlog items from open action items, decision records from decisions. A proposal is
/// visible exactly when the item its fact came from is; accepting writes only into Mosaic's own store.
public interface IProposals
{
    /// Brings proposals up to date with the facts stored now: one pending proposal per kind, subject and place (the source
    /// item's conversation, owner or the workspace), following the newest fact there. A fact already accepted or rejected
    /// is never proposed again; a pending proposal whose fact no longer calls for one is withdrawn. Idempotent: running it
    /// again without new facts changes nothing.
    Task<ProposalRefresh> RefreshProposalsAsync(CancellationToken ct = default);

    /// The proposals the audience may see, pending ones only or all of them, pending first, oldest source first.
    Task<IReadOnlyList<ProposalView>> ListProposalsAsync(bool includeDecided, AccessContext access, CancellationToken ct = default);

    /// Accepts a pending proposal the asker may see: writes the batch `record` makes of it (one item, for a backlog item with
    /// its tracker fields), links a backlog item's source message to it, and records who accepted it and when, all in one
    /// transaction. Throws a MosaicException naming the id when there is no such proposal or it was decided already, and a
    /// NotAllowedException when the asker may not see it; nothing is changed then.
    Task<ProposalView> AcceptProposalAsync(
        long id, AccessContext access, Func<ProposalView, ProposalAcceptance, ImportBatch> record, CancellationToken ct = default);

    /// Rejects a pending proposal the asker may see, for good, with an optional reason. Fails as AcceptProposalAsync does.
    Task<ProposalView> RejectProposalAsync(long id, string? reason, AccessContext access, CancellationToken ct = default);
}
