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

    public static ImportBatch OfItems(string label, IReadOnlyList<PersonRecord> people, IReadOnlyList<MembershipEvent> events, IReadOnlyList<ItemRecord> items) =>
        new(label, null, people, [], events, items);
}
