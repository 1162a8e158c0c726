namespace Mosaic.Sample;

/// A question a teammate might ask, with the messages that answer it.
/// Asker is a Slack username; Audience is a channel name without '#' (null: the asker alone).
/// Every Expected message is visible to the asker and to every current member of Audience.
/// Now anchors relative time words ("yesterday", "last week"); null means "as of the newest message".
/// Kind is one of the GroundTruthKind values.
public sealed record GroundTruthCase(
    string Id,
    string Kind,
    string Question,
    string Asker,
    string? Audience,
    IReadOnlyList<ExpectedRef> Expected,
    DateTimeOffset? Now);
