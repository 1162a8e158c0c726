using Mosaic.Connectors;
using Mosaic.Connectors.Backlog;
using Mosaic.Ingestion;
using Mosaic.Sample;
using Mosaic.Store;

namespace Mosaic.Evaluation;

/// Imports the whole sample workspace through the real importers: the Slack export, each personal source into its
/// owner's slice, then the backlog's snapshots in order.
public static class SampleLoader
{
    public static async Task<IReadOnlyList<(string What, ImportReport Report)>> ImportAsync<TStore>(
        TStore store, string zipPath, SampleWorkspace sample, Func<string, IProgress<ImportProgress>?>? progress = null, CancellationToken ct = default)
        where TStore : IContentStore, IDirectory
    {
        var reports = new List<(string, ImportReport)>
        {
            ("Slack export", await new SlackImporter(store, store).ImportAsync(zipPath, null, progress?.Invoke("Slack export"), ct)),
        };
        foreach (var source in sample.PersonalSources)
        {
            var what = $"{source.Owner}'s {source.Kind}";
            var report = await new PersonalImporter(store, store).ImportAsync(PersonalConnectors.For(source.Kind), source.Path, source.Owner, progress?.Invoke(what), ct);
            reports.Add((what, report));
        }

        foreach (var snapshot in sample.Backlog)
        {
            var what = $"backlog {Path.GetFileName(snapshot)}";
            var report = await new BacklogImporter(store, store).ImportAsync(snapshot, new BacklogImportOptions(BacklogFormats.JiraCsv), progress?.Invoke(what), ct);
            reports.Add((what, report));
        }

        return reports;
    }
}
