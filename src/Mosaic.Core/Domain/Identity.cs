namespace Mosaic.Domain;

/// One name a person goes by. Origin says where the link came from ("slack", "map" for the mapping file,
/// "email" or "name" when learned from a personal source), Confidence how sure it is, and OwnerId, when set,
/// that only that person may see the link (it was learned from their personal slice).
public sealed record Identity(IdentityKind Kind, string Value)
{
    public string Origin { get; init; } = "slack";

    public double Confidence { get; init; } = 1.0;

    public long? OwnerId { get; init; }
}
