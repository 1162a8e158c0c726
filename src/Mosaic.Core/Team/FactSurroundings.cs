using Mosaic.Domain;

namespace Mosaic.Team;

/// What the store holds around a batch of queued items, read once per batch (IFacts.SurroundingsAsync): the threads
/// its replies are in (every indexed item of each, root first, whoever may see them: facts keep their own item's
/// visibility), and its conversations.
public sealed record FactSurroundings(IReadOnlyList<ItemView> Threads, IReadOnlyList<FactConversation> Conversations)
{
    public static FactSurroundings None { get; } = new([], []);
}
