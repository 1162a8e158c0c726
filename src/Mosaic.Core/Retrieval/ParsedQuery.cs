namespace Mosaic.Retrieval;

/// A question or query taken apart: the words to search for, the Slack-style modifiers (from:, in:) still as
/// names, and the time range from modifiers and time expressions.
public sealed record ParsedQuery(string Text, IReadOnlyList<string> Terms, string? Author, string? Conversation, TimeRange? Time);
