namespace Mosaic.Connectors.Slack;

/// One file of an export cannot be read; the import reports it and goes on with the others.
public sealed class ExportFileException(string file, string message) : Exception(message)
{
    public string File { get; } = file;
}
