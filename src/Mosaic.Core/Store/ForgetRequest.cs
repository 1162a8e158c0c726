namespace Mosaic.Store;

/// What a person asks Mosaic to forget: one of their personal sources, their whole personal slice, or single
/// items (their own personal items, or messages they wrote).
public sealed record ForgetRequest(long PersonId, long? SourceId, bool WholePersonalSlice, IReadOnlyList<string> ItemIds)
{
    public static ForgetRequest Source(long personId, long sourceId) => new(personId, sourceId, false, []);

    public static ForgetRequest Slice(long personId) => new(personId, null, true, []);

    public static ForgetRequest Items(long personId, IReadOnlyList<string> itemIds) => new(personId, null, false, itemIds);
}
