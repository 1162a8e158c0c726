namespace Mosaic.Connectors.Slack;

/// One page of a cursor-paginated Web API list: its records, the cursor of the next page (null after the last), and
/// the entries that could not be read (each named by its place and skipped).
public sealed record SlackPage<T>(IReadOnlyList<T> Items, string? NextCursor, IReadOnlyList<string> Problems);
