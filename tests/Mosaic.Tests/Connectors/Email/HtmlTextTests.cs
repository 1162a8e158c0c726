using Mosaic.Connectors.Email;

namespace Mosaic.Tests.Connectors.Email;

public sealed class HtmlTextTests
{
    [Theory]
    [InlineData("<p>a</p><p>b</p>", "a\n\nb")]
    [InlineData("<div>a</div><div>b</div>", "a\nb")]
    [InlineData("a<br>b<br/>c", "a\nb\nc")]
    [InlineData("x &lt;y&gt; &amp; &#233; &eacute;", "x <y> & é é")]
    [InlineData("<a href=\"https://a.example/x\">docs</a>", "docs (https://a.example/x)")]
    [InlineData("<a href=\"https://a.example/\">a.example</a>", "a.example")]
    [InlineData("<a href=\"mailto:bo@example.com\">bo@example.com</a>", "bo@example.com")]
    [InlineData("<a href=\"mailto:bo@example.com?subject=hi\">Bo</a>", "Bo (bo@example.com)")]
    [InlineData("<a href=\"#top\">up</a>", "up")]
    [InlineData("<style>.x{}</style><script>var a = '<p>';</script>text", "text")]
    [InlineData("<head><title>t</title></head><body>b</body>", "b")]
    [InlineData("<p>x</p><pre>  keep\n    indent</pre>", "x\n\n  keep\n    indent")]
    [InlineData("<blockquote>old</blockquote>new", "> old\n\nnew")]
    [InlineData("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>", "a b\nc")]
    [InlineData("  lots   of\n\n  space  ", "lots of space")]
    [InlineData("<!-- hidden -->shown", "shown")]
    [InlineData("</blockquote></a></pre></script>broken <b>tags", "broken tags")]
    [InlineData("<head><title>never closed", "")]
    public void ToText_ShowsWhatAReaderSees(string html, string expected)
    {
        Assert.Equal(expected, HtmlText.ToText(html).Trim());
    }
}
