namespace Mosaic.Retrieval;

/// A question or query taken apart: the words to search for, the Slack-style modifiers (from:, in:) still as
/// names, the time range the modifiers demand (Time: nothing outside it), and the period the question's own
/// words point at (Preferred: what is inside it ranks first, but nothing is excluded for being outside).
public sealed record ParsedQuery(string Text, IReadOnlyList<string> Terms, string? Author, string? Conversation, TimeRange? Time, TimeRange? Preferred = null);
