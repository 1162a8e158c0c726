using System.Text;
using Mosaic.Http;

namespace Mosaic.Tests.Http;

public sealed class SlackSignatureTests
{
    // Slack's documented example request (docs.slack.dev, verifying requests from Slack).
    private const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const string Timestamp = "1531420618";
    private const string Body = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    private const string Expected = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

    [Fact]
    public void Sign_ReproducesSlacksDocumentedExample()
    {
        Assert.Equal(Expected, SlackSignature.Sign(Secret, Timestamp, Encoding.UTF8.GetBytes(Body)));
    }

    [Fact]
    public void Problem_AcceptsTheGenuineRequest_AndNamesWhatIsWrongWithOthers()
    {
        var at = DateTimeOffset.FromUnixTimeSeconds(1531420618 + 60);
        var five = TimeSpan.FromMinutes(5);
        var body = Encoding.UTF8.GetBytes(Body);

        Assert.Null(SlackSignature.Problem(Secret, Timestamp, Expected, body, at, five));
        Assert.Contains("does not match", SlackSignature.Problem(Secret, Timestamp, Expected, Encoding.UTF8.GetBytes(Body + "x"), at, five));
        Assert.Contains("does not match", SlackSignature.Problem("other", Timestamp, Expected, body, at, five));
        Assert.Contains("too far", SlackSignature.Problem(Secret, Timestamp, Expected, body, at.AddMinutes(5), five));
        Assert.Contains("missing", SlackSignature.Problem(Secret, null, Expected, body, at, five));
        Assert.Contains("not a number", SlackSignature.Problem(Secret, "12ab", Expected, body, at, five));
    }
}
