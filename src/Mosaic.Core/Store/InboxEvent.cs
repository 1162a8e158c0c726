namespace Mosaic.Store;

/// An event received from a live source and not yet applied. Attempts counts earlier tries that failed.
public sealed record InboxEvent(long Id, string Source, string EventId, string Body, int Attempts, DateTimeOffset Received);
