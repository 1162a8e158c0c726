namespace Mosaic.Store;

/// Events from live sources, kept durably between being received and being applied.
public interface IEventInbox
{
    /// Stores the event before the caller acknowledges it. False when (source, eventId) was received before: a
    /// retry, which must not be applied twice.
    Task<bool> EnqueueAsync(string source, string eventId, string body, CancellationToken ct = default);

    /// Events not yet applied whose time has come, in the order they were received.
    Task<IReadOnlyList<InboxEvent>> DueAsync(int max, CancellationToken ct = default);

    /// Applied: the body is erased and the id kept (for a day) to recognise late retries.
    Task CompleteAsync(long id, CancellationToken ct = default);

    /// Not applied: tried again at retryAt, or, when retryAt is null, given up and kept with its error.
    Task FailAsync(long id, string error, DateTimeOffset? retryAt, CancellationToken ct = default);

    /// How many events wait, and how many were given up.
    Task<(int Pending, int Failed)> CountAsync(CancellationToken ct = default);
}
