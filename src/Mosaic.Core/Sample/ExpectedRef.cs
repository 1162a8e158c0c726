namespace Mosaic.Sample;

/// A message in the export: a Slack conversation id and the message's ts.
/// Mosaic's item id for it is $"slack:{ConversationId}/{Ts}".
public sealed record ExpectedRef(string ConversationId, string Ts);
