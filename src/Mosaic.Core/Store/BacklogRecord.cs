using Mosaic.Domain;

namespace Mosaic.Store;

/// A backlog item's tracker fields, written with the item whose native id is Key (source "backlog") in the same batch.
/// Status is appended to the item's history when it differs from the last status stored; StatusSince says from when.
public sealed record BacklogRecord(
    string Key,
    string Project,
    string? Type,
    string? Status,
    DateTimeOffset StatusSince,
    string? Priority,
    double? StoryPoints,
    IReadOnlyList<string> Sprints,
    IReadOnlyList<string> Labels,
    IReadOnlyList<BacklogAssigneeRecord> Assignees,
    DateTimeOffset? Created,
    DateTimeOffset? Updated,
    DateTimeOffset? Resolved)
{
    /// The items' source for every backlog.
    public const string Source = "backlog";

    /// The project of the backlog items Mosaic writes itself, from accepted proposals (MOS-1, MOS-2, …).
    public const string MosaicProject = "MOS";
}

/// An assignee as the backlog names them, and the person they were linked to, when one was.
public sealed record BacklogAssigneeRecord(string Name, PersonRef? Person);
