using Mosaic.Domain;
using Mosaic.Permissions;
using Mosaic.Team;

namespace Mosaic.Store;

/// The team model's facts, learned incrementally: every write queues its new and changed items, extraction takes
/// them from the queue and stores what it learned in their place.
public interface IFacts
{
    /// Queued items, oldest first. Not filtered by audience: extraction runs for the store, and each fact keeps its
    /// item's visibility.
    Task<IReadOnlyList<ItemView>> QueuedForFactsAsync(int max, CancellationToken ct = default);

    /// How many items wait to be learned from.
    Task<int> QueuedCountAsync(CancellationToken ct = default);

    /// What the store holds around queued items, for the extractors, in one read per batch: the threads of the items
    /// that are replies (every indexed item of each, root first) and the items' conversations, with the members of
    /// direct and group messages. Not filtered by audience either: a fact is only ever visible where its own item is.
    Task<FactSurroundings> SurroundingsAsync(IReadOnlyList<ItemView> items, CancellationToken ct = default);

    /// Replaces the facts learned from these items (an item with none learned loses its old ones) and takes them off
    /// the queue, in one transaction. An item deleted meanwhile is skipped.
    Task WriteFactsAsync(IReadOnlyList<(long ItemId, string Extractor, FactCandidate Fact)> facts, IReadOnlyList<long> items, CancellationToken ct = default);

    /// The subject key of the newest fact of this kind before the time whose value is the given choice, if any. Only the
    /// key is used (never shown), so a later fact can continue a subject it names differently.
    Task<string?> SubjectKeyOfChoiceAsync(FactKind kind, string choice, DateTimeOffset before, CancellationToken ct = default);

    /// The subject and key of the newest fact of this kind before the time in the thread, concerning the person or no one.
    /// A thread is one conversation's, so its facts share the reply's audience.
    Task<(string Subject, string Key)?> SubjectInThreadAsync(
        FactKind kind, long conversationId, string threadRef, long? personId, DateTimeOffset before, CancellationToken ct = default);

    /// Whether a fact of this kind on this subject key was learned from an item before the time.
    Task<bool> HasFactAsync(FactKind kind, string subjectKey, DateTimeOffset before, CancellationToken ct = default);

    /// The facts the audience may see, of one kind or all, oldest first, with which are current for this audience.
    /// Evidence (FactKinds.IsEvidence: expertise, roles) is never replaced: each such fact stays current beside the others.
    Task<IReadOnlyList<FactView>> ListFactsAsync(FactKind? kind, AccessContext access, CancellationToken ct = default);
}
