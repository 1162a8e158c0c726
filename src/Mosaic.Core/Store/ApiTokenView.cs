namespace Mosaic.Store;

/// A token as lists show it: never the token itself, which only its creator saw once.
public sealed record ApiTokenView(
    string Prefix, long PersonId, string Person, string? Label, DateTimeOffset Created, DateTimeOffset? LastUsed, DateTimeOffset? Revoked);
