namespace Mosaic.Store;

/// An owner promoting items of their personal slice into conversations, and taking them back. Nothing moves
/// between scopes any other way.
public interface ISharing
{
    /// Shares the owner's personal item into a conversation the owner currently belongs to; its members may then
    /// see it. Idempotent: sharing an item already shared there changes nothing and returns false.
    Task<bool> ShareAsync(string itemId, long ownerId, long conversationId, CancellationToken ct = default);

    /// Takes a share back; the record stays, with the time it was undone. Returns false when it was not shared there.
    Task<bool> UnshareAsync(string itemId, long ownerId, long conversationId, CancellationToken ct = default);
}
