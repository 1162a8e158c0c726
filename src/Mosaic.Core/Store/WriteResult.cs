namespace Mosaic.Store;

/// What a write changed. Unchanged counts items already stored with the same content (skipped).
/// Forgotten counts items skipped because their owner asked Mosaic to forget them.
public sealed record WriteResult(int ItemsAdded, int ItemsUpdated, int ItemsUnchanged, int PeopleAdded, int ConversationsAdded, int ItemsForgotten = 0)
{
    public static WriteResult Empty { get; } = new(0, 0, 0, 0, 0);

    public WriteResult Add(WriteResult other) => new(
        ItemsAdded + other.ItemsAdded,
        ItemsUpdated + other.ItemsUpdated,
        ItemsUnchanged + other.ItemsUnchanged,
        PeopleAdded + other.PeopleAdded,
        ConversationsAdded + other.ConversationsAdded,
        ItemsForgotten + other.ItemsForgotten);
}
