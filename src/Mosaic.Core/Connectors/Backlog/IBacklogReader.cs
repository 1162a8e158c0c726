namespace Mosaic.Connectors.Backlog;

/// Reads one backlog file a row at a time. Reads only; knows nothing of people or the store. A file that cannot be
/// read at all (no key column, not a JSON array) is a MosaicException naming the file; a bad row is a row with
/// problems, and the rows after it are still read.
public interface IBacklogReader
{
    /// "jira-csv", "github-json" or "csv".
    string Format { get; }

    IEnumerable<BacklogRow> Read(string path, CancellationToken ct = default);
}
