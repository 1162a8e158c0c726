namespace Mosaic.Store;

/// Who decided a proposal (null once that person is gone from the store), when, why (a rejection's reason), and the item
/// accepting wrote (its id and ref, e.g. "backlog:MOS-3" and "MOS-3"; null for a rejection, or once that item is removed).
public sealed record ProposalDecision(string? By, DateTimeOffset At, string? Reason, string? ResultId, string? ResultRef);
