namespace Mosaic.Sample;

/// A question a teammate might ask, with the items that answer it and the items that must never be shown.
/// Asker is a Slack username; Audience is a channel name without '#' (null: the asker alone).
/// Expected and Forbidden hold Mosaic item ids: "slack:{conversationId}/{ts}", "mail:{owner}/{messageId}",
/// "calendar:{owner}/{uid}" or "calendar:{owner}/{uid}/{occurrence start, UTC yyyyMMddTHHmmssZ}", and
/// "notes:{owner}/{path}#{slug}", where owner is the Slack user id of the person the personal source belongs to, and
/// "backlog:{key}" for a ticket of the sample's backlog.
/// Every Expected item is visible to the asker and to every current member of Audience. Every Forbidden item is
/// not, and no ForbiddenPhrases entry may appear in an answer; both are empty except for traps.
/// Now anchors relative time words ("yesterday", "next"); null means "as of the newest message".
/// Kind is one of the GroundTruthKind values.
public sealed record GroundTruthCase(
    string Id,
    string Kind,
    string Question,
    string Asker,
    string? Audience,
    IReadOnlyList<string> Expected,
    IReadOnlyList<string> Forbidden,
    IReadOnlyList<string> ForbiddenPhrases,
    DateTimeOffset? Now);
