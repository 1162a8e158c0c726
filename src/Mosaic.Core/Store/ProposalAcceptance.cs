using Mosaic.Permissions;

namespace Mosaic.Store;

/// What the store hands to whoever words an accepted proposal's item: the source item's scope (the new item gets the same
/// audience), the next free key of Mosaic's own backlog project, who accepts (their id and handle) and when.
public sealed record ProposalAcceptance(Scope Scope, string BacklogKey, long ById, string ByHandle, DateTimeOffset At);
