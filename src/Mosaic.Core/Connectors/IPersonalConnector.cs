namespace Mosaic.Connectors;

/// Reads a personal source (mail, calendar, notes) from a file or folder, one unit per file. Reads only;
/// never writes, and knows nothing of owners or the store.
public interface IPersonalConnector
{
    /// "mail", "calendar" or "notes": also the source name of the items it yields.
    string Name { get; }

    IAsyncEnumerable<SourceUnit> ReadAsync(string path, CancellationToken ct = default);
}
