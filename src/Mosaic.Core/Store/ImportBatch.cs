using Mosaic.Domain;

namespace Mosaic.Store;

/// Everything one unit of a source contributes (a metadata file, one day of one channel), written all or nothing.
/// Records refer to each other by native ids and identities; the store resolves them.
public sealed record ImportBatch(
    string Label,
    WorkspaceInfo? Workspace,
    IReadOnlyList<PersonRecord> People,
    IReadOnlyList<ConversationRecord> Conversations,
    IReadOnlyList<MembershipEvent> MembershipEvents,
    IReadOnlyList<ItemRecord> Items)
{
    /// The personal source the items come from, when they come from one.
    public PersonalSourceRecord? Source { get; init; }

    /// Identity links the import learned.
    public IReadOnlyList<IdentityLink> Links { get; init; } = [];

    /// Tracker fields of the batch's backlog items, one per item of source "backlog" that has them.
    public IReadOnlyList<BacklogRecord> Backlog { get; init; } = [];

    /// Several batches of people, membership events and items as one, written in one transaction; records keep
    /// their order. Batches that set the workspace, a personal source or identity links are not merged.
    public static ImportBatch Merge(IReadOnlyList<ImportBatch> batches) =>
        batches.Any(b => b.Workspace is not null || b.Source is not null || b.Links.Count > 0)
            ? throw new ArgumentException("Only batches of people, membership events and items can be merged.", nameof(batches))
            : batches.Count == 1
        ? batches[0]
        : new ImportBatch(
            batches.Count == 0 ? "nothing" : $"{batches[0].Label} … {batches[^1].Label}",
            null,
            batches.SelectMany(b => b.People).ToList(),
            batches.SelectMany(b => b.Conversations).ToList(),
            batches.SelectMany(b => b.MembershipEvents).ToList(),
            batches.SelectMany(b => b.Items).ToList())
        {
            Backlog = batches.SelectMany(b => b.Backlog).ToList(),
        };

    public static ImportBatch OfItems(string label, IReadOnlyList<PersonRecord> people, IReadOnlyList<MembershipEvent> events, IReadOnlyList<ItemRecord> items) =>
        new(label, null, people, [], events, items);
}
