namespace Mosaic.Domain;

/// A person as the store knows them, with every identity linked to them.
public sealed record Person(
    long Id,
    string DisplayName,
    string? Username,
    string? RealName,
    string? Title,
    string? TimeZone,
    bool IsBot,
    IReadOnlyList<Identity> Identities)
{
    /// The short name people use for them: the username when there is one.
    public string Handle => Username ?? DisplayName;
}
