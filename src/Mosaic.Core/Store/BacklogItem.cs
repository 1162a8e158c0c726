using Mosaic.Domain;

namespace Mosaic.Store;

/// A backlog item as an audience sees it: the item (title, text, reporter as its author, url) and its tracker fields.
/// History and Mentions are filled by IBacklog.GetAsync only: every status it was seen in, oldest first, and the items
/// that mention its key, those the audience may see.
public sealed record BacklogItem(
    ItemView Item,
    string Key,
    string Project,
    string? Type,
    string? Status,
    string? Priority,
    double? StoryPoints,
    IReadOnlyList<string> Sprints,
    IReadOnlyList<string> Labels,
    IReadOnlyList<BacklogAssignee> Assignees,
    DateTimeOffset? Created,
    DateTimeOffset? Updated,
    DateTimeOffset? Resolved)
{
    public IReadOnlyList<BacklogStatusChange> History { get; init; } = [];

    public IReadOnlyList<ItemView> Mentions { get; init; } = [];
}

/// An assignee: the name the backlog gives, and the person it links to (their id and handle) when one is known.
public sealed record BacklogAssignee(string Name, long? PersonId, string? Handle);

/// A status the item was in from Since (as far as the backlog tells), first seen by an import at Seen.
public sealed record BacklogStatusChange(string Status, DateTimeOffset Since, DateTimeOffset Seen);

/// A link from an item to a ticket key it mentions. Imported says whether the key is a backlog item the audience may
/// see; otherwise the key belongs to a project of such an item, and its own item has not been imported.
public sealed record TicketLink(long ItemRowId, string Key, bool Imported);

/// Which backlog items to list: every filter given must hold. Sprint matches any of an item's sprints.
public sealed record BacklogFilter(string? Project = null, string? Status = null, long? AssigneeId = null, string? Sprint = null, int Limit = 1000);
