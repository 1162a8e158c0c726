using Mosaic.Domain;
using Mosaic.Store;

namespace Mosaic.Team;

/// Learns facts from the items waiting in the queue, a batch at a time, until none wait. Run after imports and live
/// events; each run touches only what was written since the last, so the model never needs a rebuild.
public sealed class FactPipeline(IFacts facts, IDirectory directory, IReadOnlyList<IFactExtractor> extractors)
{
    private const int Batch = 500;

    /// The rule-based extractors.
    public static IReadOnlyList<IFactExtractor> Rules { get; } =
        [
            new DecisionExtractor(), new OwnershipExtractor(), new TermExtractor(), new RhythmExtractor(), new ActionItemExtractor(),
            new ExpertiseExtractor(), new RoleExtractor(),
        ];

    public static FactPipeline WithRules<TStore>(TStore store) where TStore : IFacts, IDirectory => new(store, store, Rules);

    /// Learns from everything queued; returns how many facts were learned.
    public async Task<int> RunAsync(CancellationToken ct = default) => (await RunAsync(int.MaxValue, ct)).Learned;

    /// Stops after about maxItems items, so a caller with other work (the live inbox) is not held up by a large queue,
    /// such as the whole store after an upgrade. More says whether items may still wait.
    public async Task<(int Learned, bool More)> RunAsync(int maxItems, CancellationToken ct = default)
    {
        var learned = 0;
        var taken = 0;
        FactContext? people = null;
        while (await facts.QueuedForFactsAsync(Batch, ct) is { Count: > 0 } items)
        {
            taken += items.Count;
            people ??= new FactContext(await directory.ListPeopleAsync(null, ct));
            // Threads and conversations are read once for the batch, not once per item.
            var context = people.With(await facts.SurroundingsAsync(items, ct));
            var found = new List<Found>();
            // A decision record restates a decision learned already; read again, it would become its own successor.
            foreach (var item in items.Where(i => i.Source != ProposalRecords.DecisionSource))
            {
                foreach (var extractor in extractors)
                {
                    foreach (var candidate in extractor.Extract(item, context))
                    {
                        var fact = candidate;
                        if (candidate.Replaces is { } old && await EarlierKeyAsync(candidate.Kind, old, item.Timestamp, found, ct) is { } key)
                        {
                            fact = candidate with { SubjectKey = key };
                        }

                        if (candidate.ContinuesThread)
                        {
                            if (await ThreadSubjectAsync(candidate, item, found, ct) is not { } thread)
                            {
                                continue;
                            }

                            fact = candidate with { Subject = thread.Subject, SubjectKey = thread.Key };
                        }
                        else if (fact is { Kind: FactKind.ActionItem, Status: "done" } && !await WasOpenedAsync(fact, item.Timestamp, found, ct))
                        {
                            // "I've shipped Stripe before" closes nothing: a done is kept only for a task someone was given.
                            continue;
                        }

                        found.Add(new Found(item, extractor.Name, fact));
                    }
                }
            }

            await facts.WriteFactsAsync([.. found.Select(f => (f.Item.RowId, f.Extractor, f.Fact))], [.. items.Select(i => i.RowId)], ct);
            learned += found.Count;
            if (taken >= maxItems)
            {
                return (learned, true);
            }
        }

        return (learned, false);
    }

    /// Whether an open action item with this subject came before: in this batch, else in the store.
    private async Task<bool> WasOpenedAsync(FactCandidate done, DateTimeOffset before, List<Found> batch, CancellationToken ct) =>
        batch.Any(f => f.Fact.Kind == FactKind.ActionItem && f.Fact.Status != "done" && f.Fact.Key == done.Key && f.Item.Timestamp < before)
        || await facts.HasFactAsync(FactKind.ActionItem, done.Key, before, ct);

    /// The subject of the newest earlier choice named `old`: from this batch first (not stored yet), else the store.
    private async Task<string?> EarlierKeyAsync(
        FactKind kind, string old, DateTimeOffset before, List<Found> batch, CancellationToken ct)
    {
        var inBatch = batch
            .Where(f => f.Fact.Kind == kind && f.At < before && f.Fact.Value.Equals(old, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(f => f.At)
            .Select(f => f.Fact.Key)
            .FirstOrDefault();
        return inBatch ?? await facts.SubjectKeyOfChoiceAsync(kind, old, before, ct);
    }

    /// The subject of the newest earlier fact of the candidate's kind in the item's thread, concerning its person or
    /// no one: from this batch first, else the store.
    private async Task<(string Subject, string Key)?> ThreadSubjectAsync(FactCandidate candidate, ItemView item, List<Found> batch, CancellationToken ct)
    {
        if (item.ConversationId is not { } conversation || item.ThreadRef is not { } thread)
        {
            return null;
        }

        var inBatch = batch
            .Where(f => f.Fact.Kind == candidate.Kind && f.Item.ConversationId == conversation && f.Item.ThreadRef == thread && f.At < item.Timestamp
                && (f.Fact.PersonId is null || f.Fact.PersonId == candidate.PersonId))
            .OrderByDescending(f => f.At)
            .Select(f => ((string Subject, string Key)?)(f.Fact.Subject, f.Fact.Key))
            .FirstOrDefault();
        return inBatch ?? await facts.SubjectInThreadAsync(candidate.Kind, conversation, thread, candidate.PersonId, item.Timestamp, ct);
    }

    private sealed record Found(ItemView Item, string Extractor, FactCandidate Fact)
    {
        public DateTimeOffset At => Item.Timestamp;
    }
}
