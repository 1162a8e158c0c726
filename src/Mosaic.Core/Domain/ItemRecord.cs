using Mosaic.Permissions;

namespace Mosaic.Domain;

/// One item (a message) as a source describes it, ready to be written. (Source, NativeId) identifies it
/// across imports; Ref is the native id people recognise (for Slack, the message ts).
/// ThreadRef is the Ref of the thread root (the root's own Ref for a root with replies), null when unthreaded.
/// Indexed false keeps the item for thread structure but out of search (tombstones, joins).
/// AuthorLabel names an author who is not a known person (an outside mail address); Title is a personal item's
/// subject or heading; People are the known people it names; Url is where it lives at its source, when the source
/// gives it an address of its own (a GitHub issue).
public sealed record ItemRecord(
    string Source,
    string NativeId,
    string Ref,
    Scope Scope,
    PersonRef? Author,
    DateTimeOffset Timestamp,
    string? ThreadRef,
    string Kind,
    string Text,
    bool Indexed,
    IReadOnlyList<FileRef> Files,
    IReadOnlyDictionary<string, int> Reactions,
    int ReplyCount,
    DateTimeOffset? EditedAt)
{
    public string? AuthorLabel { get; init; }

    public string? Title { get; init; }

    public IReadOnlyList<ItemPerson> People { get; init; } = [];

    public string? Url { get; init; }
}
