namespace Mosaic.Domain;

/// A link between a person and a name or address, learned by an import. Owner, when set, is the only person
/// who may see it: links learned from someone's personal sources stay in their personal scope.
public sealed record IdentityLink(PersonRef Person, Identity Identity, PersonRef? Owner);
