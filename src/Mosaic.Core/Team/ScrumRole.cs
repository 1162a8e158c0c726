namespace Mosaic.Team;

/// The three accountabilities of a Scrum team. A team has one Product Owner and one Scrum Master, and any number of
/// Developers.
public enum ScrumRole
{
    ProductOwner,
    ScrumMaster,
    Developer,
}

public static class ScrumRoles
{
    /// The name commands and JSON use: "product-owner", "scrum-master", "developer".
    public static string Name(ScrumRole role) => role switch
    {
        ScrumRole.ProductOwner => "product-owner",
        ScrumRole.ScrumMaster => "scrum-master",
        ScrumRole.Developer => "developer",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    public static string Title(ScrumRole role) => role switch
    {
        ScrumRole.ProductOwner => "Product Owner",
        ScrumRole.ScrumMaster => "Scrum Master",
        ScrumRole.Developer => "Developer",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    /// Whether the role has one holder, so setting it replaces whoever held it.
    public static bool IsSingle(ScrumRole role) => role != ScrumRole.Developer;

    /// A role as people type it: its name, its title, or the usual short forms (PO, SM, dev).
    public static ScrumRole Parse(string text) => text.Trim().Replace(' ', '-').Replace('_', '-').ToLowerInvariant() switch
    {
        "product-owner" or "po" => ScrumRole.ProductOwner,
        "scrum-master" or "sm" => ScrumRole.ScrumMaster,
        "developer" or "developers" or "dev" or "devs" => ScrumRole.Developer,
        _ => throw new MosaicException($"\"{text}\" is not a Scrum role; roles are {string.Join(", ", Enum.GetValues<ScrumRole>().Select(Name))}."),
    };
}
