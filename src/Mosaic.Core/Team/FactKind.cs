namespace Mosaic.Team;

/// What a fact says. Stored by name (FactKinds.Name), so adding a kind needs no migration.
public enum FactKind
{
    Decision,
    ActionItem,
    Ownership,
    Expertise,
    Term,
    Rhythm,
    Role,
}

public static class FactKinds
{
    public static string Name(FactKind kind) => kind switch
    {
        FactKind.Decision => "decision",
        FactKind.ActionItem => "action",
        FactKind.Ownership => "owner",
        FactKind.Expertise => "expertise",
        FactKind.Term => "term",
        FactKind.Rhythm => "rhythm",
        FactKind.Role => "role",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// Kinds whose facts are evidence rather than versions: many stand side by side (every answer someone gave, every
    /// ceremony someone ran), so a later one on the same subject replaces nothing, and readers weigh them together.
    public static bool IsEvidence(FactKind kind) => kind is FactKind.Expertise or FactKind.Role;

    public static FactKind Parse(string name) => Enum.GetValues<FactKind>().FirstOrDefault(k => Name(k) == name) is var kind && Name(kind) == name
        ? kind
        : throw new MosaicException($"\"{name}\" is not a kind of fact; kinds are {string.Join(", ", Enum.GetValues<FactKind>().Select(Name))}.");
}
