namespace Mosaic.Control;

/// One entry of an identity mapping file: a person (any name Mosaic knows them by) and the addresses and names
/// that are theirs. The mapping file always wins over links Mosaic learned by itself.
public sealed record IdentityMapEntry(string Person, IReadOnlyList<string> Emails, IReadOnlyList<string> Names);
