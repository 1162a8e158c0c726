using Mosaic.Domain;
using Mosaic.Permissions;
using Mosaic.Team;

namespace Mosaic.Tests.Team;

/// Ownership rules on the forms teams use, and on the ones that only look like ownership.
public sealed class OwnershipExtractorTests
{
    private static readonly OwnershipExtractor Extractor = new();

    private static Person P(long id, string handle, string display) => new(id, display, handle, display, null, null, false, []);

    private static readonly FactContext People = new([P(1, "maya", "Maya"), P(2, "priya", "Priya"), P(3, "dan", "Dan"), P(4, "lena", "Lena")]);

    private static IReadOnlyList<FactCandidate> Extract(string text, long author = 1) => Extractor.Extract(new ItemView(
        1, "slack:C1/1.0", "slack", "1.0", ScopeKind.Conversation, 1, "C1", "#dev", "x", author, new DateTimeOffset(2025, 9, 8, 7, 40, 0, TimeSpan.Zero),
        text, null, null, 0, 0), People);

    [Fact]
    public void AListOfOwners_GivesOneFactEach()
    {
        var facts = Extract("Ownership for 2.0, so nobody has to guess:\n• Priya owns the payments service (billing, invoices, the provider integration)\n"
            + "• Dan owns the notifications service (email, push, SMS)\nQuestions about an area go to its owner first.");

        Assert.Equal([("payments service", "priya", 2L), ("notifications service", "dan", 3L)], facts.Select(f => (f.Subject, f.Value, f.PersonId!.Value)));
        Assert.All(facts, f => Assert.Equal(FactKind.Ownership, f.Kind));
    }

    [Theory]
    [InlineData("Lena is the owner of the release checklist.", "release checklist", 4L, 1L)]
    [InlineData("From today the furnace is owned by Dan.", "furnace", 3L, 1L)]
    [InlineData("Dan takes over the furnace from next week.", "furnace", 3L, 1L)]
    [InlineData("HBR-142 is mine: the shift swap request form on web.", "HBR-142", 2L, 2L)]
    [InlineData("The release checklist lives at the wiki. I own it now, so ping me first.", "release checklist", 4L, 4L)]
    public void OwnershipIsFound_WithThePersonAndTheThing(string text, string thing, long owner, long author)
    {
        var fact = Assert.Single(Extract(text, author));

        Assert.Equal((thing, owner), (fact.Subject, fact.PersonId!.Value));
    }

    [Theory]
    [InlineData("Who owns the payments service?")]
    [InlineData("Priya no longer owns the payments service.")]
    [InlineData("Dan doesn't own the furnace, ask Priya.")]
    [InlineData("Somebody owns the furnace, not sure who.")]
    [InlineData("Questions about an area go to its owner first.")]
    public void WhatOnlyLooksLikeOwnership_IsNone(string text) => Assert.Empty(Extract(text));
}
