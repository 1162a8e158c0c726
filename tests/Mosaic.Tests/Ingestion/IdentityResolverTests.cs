using Mosaic.Connectors;
using Mosaic.Domain;
using Mosaic.Ingestion;

namespace Mosaic.Tests.Ingestion;

public sealed class IdentityResolverTests
{
    private static Person P(long id, string handle, string real, string email, params Identity[] more) =>
        new(id, handle, handle, real, null, null, false, [new Identity(IdentityKind.Username, handle), new Identity(IdentityKind.Email, email), .. more]);

    private static readonly IdentityResolver Resolver = new([
        P(1, "maya", "Maya Okafor", "maya@harbor.example"),
        P(2, "priya", "Priya Raman", "priya@harbor.example"),
        P(3, "tom", "Tom Lindqvist", "tom@harbor.example"),
        P(4, "tomh", "Tom Hart", "tomh@harbor.example"),
        P(5, "dan", "Daniel Brooks", "dan@harbor.example", new Identity(IdentityKind.Email, "danny@home.example") { Origin = "map" }),
    ]);

    [Theory]
    [InlineData(null, "maya@harbor.example", 1, "email", 1.0)]
    [InlineData("Someone Else", "MAYA@HARBOR.EXAMPLE", 1, "email", 1.0)]
    [InlineData("Danny", "danny@home.example", 5, "map", 1.0)]
    [InlineData("Priya Raman", "priya.raman@fastmail.example", 2, "name", 0.95)]
    [InlineData("PRIYA  RAMAN", null, 2, "name", 0.95)]
    [InlineData("Maya B. Okafor", "mb@x.example", 1, "name", 0.85)]
    [InlineData("Máya Okafor", "m@x.example", 1, "name", 0.95)]
    public void Resolve_LinksByMapEmailThenName_WithAConfidence(string? name, string? email, long person, string origin, double confidence)
    {
        var match = Resolver.Resolve(new SourceAddress(name, email, "from"));

        Assert.NotNull(match);
        Assert.Equal((person, origin, confidence), (match.Person.Id, match.Origin, match.Confidence));
    }

    [Theory]
    [InlineData("Tom", "t@x.example")]
    [InlineData("T. Lindqvist", "t@x.example")]
    [InlineData("Clinic Front Desk", "desk@clinic.example")]
    [InlineData(null, "stranger@nowhere.example")]
    public void Resolve_LeavesWeakOrAmbiguousNamesUnlinked(string? name, string? email)
    {
        Assert.Null(Resolver.Resolve(new SourceAddress(name, email, "to")));
    }
}
