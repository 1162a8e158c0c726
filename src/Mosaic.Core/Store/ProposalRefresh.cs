namespace Mosaic.Store;

/// What bringing proposals up to date changed: new proposals, pending ones that now follow a newer fact, and pending
/// ones withdrawn because their fact no longer calls for them (the action item was done, or a message now names its ticket).
public sealed record ProposalRefresh(int Proposed, int Updated, int Withdrawn);
