using Mosaic.Domain;

namespace Mosaic.Connectors.Slack;

/// One message of a day file, with its raw Slack text (markup not yet rendered).
public sealed record SlackMessage(
    string Ts,
    DateTimeOffset Time,
    string? User,
    string? Subtype,
    string Text,
    string? ThreadTs,
    int ReplyCount,
    string? BotId,
    string? BotName,
    IReadOnlyList<FileRef> Files,
    IReadOnlyDictionary<string, int> Reactions,
    string? EditedTs,
    bool Hidden,
    IReadOnlyList<string> Attachments);
