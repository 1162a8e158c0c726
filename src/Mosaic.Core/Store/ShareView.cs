namespace Mosaic.Store;

/// A share of a personal item into a conversation; Undone is set once taken back.
public sealed record ShareView(string ItemId, string Conversation, DateTimeOffset Shared, DateTimeOffset? Undone);
