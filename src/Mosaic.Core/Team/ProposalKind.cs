namespace Mosaic.Team;

/// What Mosaic proposes: a backlog item from an open action item, a decision record from a current decision. Stored and
/// shown by name (ProposalNames).
public enum ProposalKind
{
    BacklogItem,
    DecisionRecord,
}
