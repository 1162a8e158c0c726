namespace Mosaic.Domain;

/// A person as a source describes them. Key is the identity that finds them again on the next import;
/// the others are added to the person found (or created).
public sealed record PersonRecord(
    PersonRef Key,
    string DisplayName,
    string? Username,
    string? RealName,
    string? Title,
    string? TimeZone,
    bool IsBot,
    bool IsPlaceholder,
    IReadOnlyList<Identity> Identities);
