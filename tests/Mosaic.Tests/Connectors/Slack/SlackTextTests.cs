using Mosaic.Connectors.Slack;

namespace Mosaic.Tests.Connectors.Slack;

public sealed class SlackTextTests
{
    private static string Render(string raw) => SlackText.Render(
        raw,
        id => id == "U1" ? "maya" : null,
        id => id == "C1" ? "general" : null);

    [Theory]
    [InlineData("<@U1> hi", "@maya hi")]
    [InlineData("<@U1|maya.o> hi", "@maya hi")]
    [InlineData("<@U9|ghost> hi", "@ghost hi")]
    [InlineData("<@U9>", "@U9")]
    [InlineData("see <#C1>", "see #general")]
    [InlineData("see <#C7|random>", "see #random")]
    [InlineData("<https://a.example/x|the doc>", "the doc (https://a.example/x)")]
    [InlineData("<https://a.example/x>", "https://a.example/x")]
    [InlineData("<https://a.example/x|https://a.example/x>", "https://a.example/x")]
    [InlineData("<mailto:a@b.example|a@b.example>", "a@b.example")]
    [InlineData("<!here> <!channel> <!everyone>", "@here @channel @everyone")]
    [InlineData("<!subteam^S1|@devs> please", "@devs please")]
    [InlineData("<!date^1392734382^{date}|Feb 18, 2014>", "Feb 18, 2014")]
    [InlineData("a &amp; b &lt;c&gt; &amp;lt;", "a & b <c> &lt;")]
    [InlineData("no markup", "no markup")]
    [InlineData("shipped :tada: :raised_hands::skin-tone-3: :+1:", "shipped 🎉 🙌 👍")]
    [InlineData("custom :party-parrot: stays, times 10:30:45 too", "custom :party-parrot: stays, times 10:30:45 too")]
    public void Render_ShowsWhatAReaderSees(string raw, string expected)
    {
        Assert.Equal(expected, Render(raw));
    }
}
