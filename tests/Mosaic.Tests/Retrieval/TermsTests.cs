using Mosaic.Retrieval;

namespace Mosaic.Tests.Retrieval;

public sealed class TermsTests
{
    [Theory]
    [InlineData("deploy", "deploys", "deployed", "deploying")]
    [InlineData("release", "releases", "released", "releasing")]
    [InlineData("story", "stories", "story", "story")]
    [InlineData("plan", "plans", "planned", "planning")]
    public void Stem_GroupsWordForms(string a, string b, string c, string d)
    {
        var stems = new[] { a, b, c, d }.Select(Terms.Stem).Distinct().ToList();

        Assert.Single(stems);
    }

    [Fact]
    public void Stem_LeavesTicketKeysAndNumbersAlone()
    {
        Assert.Equal("hbr-142", Terms.Stem("hbr-142"));
        Assert.Equal("2025", Terms.Stem("2025"));
    }
}
