namespace Mosaic.Store;

/// People's control over what Mosaic holds about them: see it all, and have parts of it forgotten.
public interface IPersonalData
{
    /// Everything held about a person, limited to what they may see: anything else appears only as a count.
    Task<PersonalData> GetAsync(long personId, CancellationToken ct = default);

    /// Removes items from the store, the full-text index and everything derived from them, then rewrites the
    /// database file so the removed bytes are gone from it. Forgotten items stay out of later imports.
    Task<ForgetResult> ForgetAsync(ForgetRequest request, CancellationToken ct = default);
}
