using Mosaic.Domain;
using Mosaic.Store;

namespace Mosaic.Team;

/// The item accepting a proposal writes, worded here: a backlog item in Mosaic's own project (MOS-n, To Do), or a
/// decision record. Either is an item like any other (searched, cited, scoped, forgotten), in the source item's scope, and
/// quotes the message it came from. Nothing is sent to a tracker or to Slack: a backlog item waits in Mosaic until someone
/// exports it.
public static class ProposalRecords
{
    /// The source of decision records. The fact pipeline does not learn from them: they restate a decision it learned
    /// already, and a second copy would replace the first.
    public const string DecisionSource = "decisions";

    public const string BacklogType = "Task";

    public const string BacklogStatus = "To Do";

    public static ImportBatch For(ProposalView proposal, ProposalAcceptance accepted) => proposal.Kind switch
    {
        ProposalKind.BacklogItem => BacklogItem(proposal, accepted),
        ProposalKind.DecisionRecord => DecisionRecord(proposal, accepted),
        _ => throw new ArgumentOutOfRangeException(nameof(proposal), proposal.Kind, null),
    };

    private static ImportBatch BacklogItem(ProposalView proposal, ProposalAcceptance accepted)
    {
        var key = accepted.BacklogKey;
        List<string> fields = [BacklogType, $"Status: {BacklogStatus}"];
        if (proposal.Person is { } person)
        {
            fields.Add($"Assignee: {person}");
        }

        if (proposal.Due is { } due)
        {
            fields.Add($"Due: {Date(due)}");
        }

        var text = $"""
            {key} {proposal.Subject}
            {string.Join(" · ", fields)}

            From an action item {Where(proposal.Source)}: "{proposal.Source.Text}" ({proposal.Source.Id})
            Proposed by Mosaic, accepted by {accepted.ByHandle} on {Date(accepted.At)}.
            """;
        var item = Item(BacklogRecord.Source, key, "backlog", text, accepted.At, accepted) with { Title = proposal.Subject };
        List<BacklogAssigneeRecord> assignees = proposal.PersonId is { } id ? [new BacklogAssigneeRecord(proposal.Person ?? $"{id}", PersonRef.Mosaic(id))] : [];
        var record = new BacklogRecord(
            key, BacklogRecord.MosaicProject, BacklogType, BacklogStatus, accepted.At, null, null, [], [], assignees, accepted.At, accepted.At, null);
        return ImportBatch.OfItems($"proposal {proposal.Id}", [], [], [item]) with { Backlog = [record] };
    }

    private static ImportBatch DecisionRecord(ProposalView proposal, ProposalAcceptance accepted)
    {
        var replaced = proposal.Replaced is { } r ? $"\nReplaces {r.Value} (decided {Date(r.Since)}, {r.SourceId})." : "";
        var text = $"""
            Decision: {proposal.Title}.{replaced}
            Decided {Where(proposal.Source)}: "{proposal.Source.Text}" ({proposal.Source.Id})
            Recorded by {accepted.ByHandle} on {Date(accepted.At)} from Mosaic's proposal {proposal.Id}.
            """;
        // Dated when it was decided, not when it was recorded: a record is no newer message, so "now" does not move.
        var item = Item(DecisionSource, $"{proposal.Id}", "decision", text, proposal.Source.Timestamp, accepted) with { Title = $"Decision: {proposal.Title}" };
        return ImportBatch.OfItems($"proposal {proposal.Id}", [], [], [item]);
    }

    private static ItemRecord Item(string source, string nativeId, string kind, string text, DateTimeOffset at, ProposalAcceptance accepted) =>
        new(source, nativeId, nativeId, accepted.Scope, PersonRef.Mosaic(accepted.ById), at, null, kind, text, Indexed: true, [],
            new Dictionary<string, int>(), 0, null);

    /// "in #dev on 2025-09-11 by maya", as far as the item tells.
    private static string Where(ItemView item) =>
        $"{(item.Conversation is { } place ? $"in {place} " : "")}on {Date(item.Timestamp)}{(item.Author is { } author ? $" by {author}" : "")}";

    private static string Date(DateTimeOffset time) => Time.Iso(time)[..10];
}
