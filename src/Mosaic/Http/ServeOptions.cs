namespace Mosaic.Http;

/// Mosaic: the server's own settings.
public sealed class ServeOptions
{
    public const string Section = "Mosaic";

    /// The database file (default: as for the CLI, $MOSAIC_DB or mosaic.db in the data folder).
    public string? Database { get; set; }

    /// Accept and store events but do not apply them (maintenance; they are applied once this is off again).
    public bool InboxPaused { get; set; }

    /// How often the inbox is looked at when nothing wakes it (retries come due this way).
    public int InboxPollMilliseconds { get; set; } = 1000;
}
