using Mosaic.Domain;

namespace Mosaic.Connectors.Slack;

/// A channel, private channel, DM or group DM from the export's metadata. Folder is where its day files live.
/// Members is null when the metadata does not list them.
public sealed record SlackConversation(
    string Id,
    string Name,
    ConversationKind Kind,
    string Folder,
    DateTimeOffset? Created,
    bool Archived,
    string? Topic,
    string? Purpose,
    IReadOnlyList<string>? Members);
