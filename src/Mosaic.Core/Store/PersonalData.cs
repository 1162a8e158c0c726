using Mosaic.Domain;

namespace Mosaic.Store;

/// What Mosaic holds about one person. Items are full only where the person may see them; messages they wrote
/// in conversations they have left are counted, not shown.
public sealed record PersonalData(
    Person Person,
    IReadOnlyList<PersonalSourceView> Sources,
    IReadOnlyList<ItemView> PersonalItems,
    IReadOnlyList<ItemView> Authored,
    int AuthoredElsewhere,
    IReadOnlyList<ItemView> Mentions,
    IReadOnlyList<MembershipView> Memberships,
    IReadOnlyList<ShareView> Shares,
    IReadOnlyList<AuditRecord> ShownFromSlice,
    int RequestsMade);
