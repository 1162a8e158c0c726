namespace Mosaic.Team;

/// How proposal kinds and statuses are named in the database and in --json: one spelling for both.
public static class ProposalNames
{
    public static string Name(ProposalKind kind) => kind switch
    {
        ProposalKind.BacklogItem => "backlog_item",
        ProposalKind.DecisionRecord => "decision_record",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string Name(ProposalStatus status) => status switch
    {
        ProposalStatus.Pending => "pending",
        ProposalStatus.Accepted => "accepted",
        ProposalStatus.Rejected => "rejected",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static ProposalKind Kind(string name) =>
        Enum.GetValues<ProposalKind>().Where(k => Name(k) == name).Cast<ProposalKind?>().FirstOrDefault()
        ?? throw new InvalidDataException($"Unknown proposal kind '{name}' in the database.");

    public static ProposalStatus Status(string name) =>
        Enum.GetValues<ProposalStatus>().Where(s => Name(s) == name).Cast<ProposalStatus?>().FirstOrDefault()
        ?? throw new InvalidDataException($"Unknown proposal status '{name}' in the database.");
}
