namespace Mosaic.Store;

/// Where one step of a backfill (one conversation's history, one thread) got to. Cursor is the next page of the pass
/// in progress (null before its first page); the pass asks only for what came after Oldest (null: everything); Newest
/// is the newest Slack ts the step has stored, where its next pass starts; Done marks a finished pass.
public sealed record BackfillStep(string Name, string? Cursor, string? Oldest, string? Newest, bool Done)
{
    /// A step that never ran: its first pass fetches everything.
    public static BackfillStep New(string name) => new(name, null, null, null, false);
}
