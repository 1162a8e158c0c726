using Mosaic.Domain;

namespace Mosaic.Store;

/// People, conversations and the workspace: the names requests are made with.
public interface IDirectory
{
    Task<WorkspaceInfo?> GetWorkspaceAsync(CancellationToken ct = default);

    /// Everyone, with the identity links everyone may see, plus the viewer's own private links when a viewer is given.
    Task<IReadOnlyList<Person>> ListPeopleAsync(long? viewerId = null, CancellationToken ct = default);

    /// A conversation as stored (its Members left null), or null when it is not known.
    Task<ConversationRecord?> FindConversationAsync(string source, string nativeId, CancellationToken ct = default);

    /// Conversations the viewer may know exist: public channels and any conversation they currently belong to. Without a
    /// viewer, every conversation: for the commands of whoever holds the database (an import choosing who sees it).
    Task<IReadOnlyList<Conversation>> ListConversationsAsync(long? viewerId, CancellationToken ct = default);
}
