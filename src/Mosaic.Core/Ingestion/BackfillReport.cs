using Mosaic.Store;

namespace Mosaic.Ingestion;

/// The outcome of one backfill run: who and what was listed, what the store took (Totals), the conversations that could
/// not be read, and every problem met. Resumed says the run carried on from an interrupted one.
public sealed record BackfillReport(
    string TeamId,
    bool Resumed,
    int People,
    int Conversations,
    int Threads,
    WriteResult Totals,
    IReadOnlyList<BackfillSkip> Skipped,
    IReadOnlyList<ImportProblem> Problems,
    TimeSpan Elapsed)
{
    public int Errors => Problems.Count(p => p.IsError);

    public int MessagesStored => Totals.ItemsAdded + Totals.ItemsUpdated;
}
