using Mosaic.Domain;

namespace Mosaic.Ingestion;

/// A person an address or name was linked to, how sure the link is, and what made it ("map", "email", "name").
public sealed record IdentityMatch(Person Person, double Confidence, string Origin);
