namespace Mosaic.Team;

/// Where a proposal stands. Accepted and rejected are final: the same fact is never proposed again.
public enum ProposalStatus
{
    Pending,
    Accepted,
    Rejected,
}
