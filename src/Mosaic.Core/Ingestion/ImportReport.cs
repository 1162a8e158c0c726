using Mosaic.Store;

namespace Mosaic.Ingestion;

/// The outcome of one import: what changed, which files were read or failed, and every problem met.
public sealed record ImportReport(WriteResult Totals, int FilesRead, int FilesFailed, IReadOnlyList<ImportProblem> Problems, TimeSpan Elapsed)
{
    public int Errors => Problems.Count(p => p.IsError);

    public int Warnings => Problems.Count(p => !p.IsError);

    public int ItemsSeen => Totals.ItemsAdded + Totals.ItemsUpdated + Totals.ItemsUnchanged;

    public double ItemsPerSecond => Elapsed.TotalSeconds > 0 ? ItemsSeen / Elapsed.TotalSeconds : 0;
}
