namespace Mosaic.Connectors.Backlog;

/// One issue as a backlog file describes it, before people are linked. Assignees and Reporter are names, logins or
/// email addresses as the file gives them. StatusSince is when the current status began, when the file says (GitHub's
/// closed_at); Place names where the issue is in the file ("line 12", "[3]").
public sealed record BacklogIssue(
    string Key,
    string Summary,
    string? Type,
    string? Status,
    string? Priority,
    IReadOnlyList<string> Assignees,
    string? Reporter,
    double? StoryPoints,
    IReadOnlyList<string> Sprints,
    IReadOnlyList<string> Labels,
    DateTimeOffset? Created,
    DateTimeOffset? Updated,
    DateTimeOffset? Resolved,
    string? Description,
    string? Url,
    string Place)
{
    public DateTimeOffset? StatusSince { get; init; }
}
