namespace Mosaic.Domain;

public sealed record Identity(IdentityKind Kind, string Value);
