using System.Text;
using MimeKit.Text;

namespace Mosaic.Connectors.Email;

/// Renders an HTML mail body as the text a reader sees: no tags, scripts and styles dropped, block elements
/// on their own lines, entities decoded, links as "text (url)" when the text is not the url itself. Block
/// quotes come out with "> " in front so that reply stripping drops them like quoted plain text.
internal static class HtmlText
{
    public static string ToText(string html)
    {
        using var reader = new StringReader(html);
        var tokenizer = new HtmlTokenizer(reader);
        var output = new Output();
        var hidden = 0;
        var pre = 0;
        var links = new Stack<(string? Href, int Start)>();
        while (tokenizer.ReadNextToken(out var token))
        {
            if (token is HtmlDataToken data and not HtmlScriptDataToken)
            {
                if (hidden == 0 && token.Kind != HtmlTokenKind.Comment)
                {
                    output.Text(data.Data, pre > 0);
                }

                continue;
            }

            if (token is not HtmlTagToken tag)
            {
                continue;
            }

            switch (tag.Id)
            {
                case HtmlTagId.Script or HtmlTagId.Style or HtmlTagId.Head or HtmlTagId.Title or HtmlTagId.NoScript or HtmlTagId.Xml:
                    if (!tag.IsEmptyElement)
                    {
                        hidden = Math.Max(0, hidden + (tag.IsEndTag ? -1 : 1));
                    }

                    break;
                case HtmlTagId.Body:
                    // A <head> that never closed must not hide the whole mail.
                    hidden = 0;
                    break;
                case HtmlTagId.Br:
                    output.LineBreak();
                    break;
                case HtmlTagId.P or HtmlTagId.H1 or HtmlTagId.H2 or HtmlTagId.H3 or HtmlTagId.H4 or HtmlTagId.H5 or HtmlTagId.H6
                    or HtmlTagId.Table or HtmlTagId.UL or HtmlTagId.OL or HtmlTagId.DL or HtmlTagId.HR:
                    output.Paragraph();
                    break;
                case HtmlTagId.Pre:
                    output.Paragraph();
                    pre = Math.Max(0, pre + (tag.IsEndTag ? -1 : 1));
                    break;
                case HtmlTagId.BlockQuote:
                    output.Paragraph();
                    output.Quote = Math.Max(0, output.Quote + (tag.IsEndTag ? -1 : 1));
                    break;
                case HtmlTagId.LI:
                    output.Line();
                    if (!tag.IsEndTag)
                    {
                        output.Text("- ", preformatted: true);
                    }

                    break;
                case HtmlTagId.Div or HtmlTagId.TR or HtmlTagId.DT or HtmlTagId.DD or HtmlTagId.Section or HtmlTagId.Article
                    or HtmlTagId.Header or HtmlTagId.Footer or HtmlTagId.Address or HtmlTagId.Center or HtmlTagId.Figure
                    or HtmlTagId.FigCaption or HtmlTagId.Form or HtmlTagId.FieldSet or HtmlTagId.Main or HtmlTagId.Nav
                    or HtmlTagId.Aside or HtmlTagId.Caption:
                    output.Line();
                    break;
                case HtmlTagId.TD or HtmlTagId.TH when !tag.IsEndTag:
                    output.Text(" ", preformatted: false);
                    break;
                case HtmlTagId.A when !tag.IsEndTag && !tag.IsEmptyElement:
                    links.Push((tag.Attributes.FirstOrDefault(a => a.Id == HtmlAttributeId.Href)?.Value?.Trim(), output.Length));
                    break;
                case HtmlTagId.A when tag.IsEndTag && links.Count > 0:
                    var (href, start) = links.Pop();
                    if (Shown(href) is { } url && !SameAddress(output.Since(start), url))
                    {
                        output.Text($" ({url})", preformatted: true);
                    }

                    break;
            }
        }

        return output.ToString();
    }

    // Only addresses a reader can follow are worth showing; anchors, cid: images and scripts are not.
    private static string? Shown(string? href)
    {
        if (string.IsNullOrEmpty(href))
        {
            return null;
        }

        if (href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            return href[7..].Split('?')[0];
        }

        return href.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || href.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            ? href
            : null;
    }

    private static bool SameAddress(string text, string url)
    {
        static string Bare(string s)
        {
            s = s.Trim().TrimEnd('/');
            foreach (var prefix in (string[])["https://", "http://", "www."])
            {
                if (s.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    s = s[prefix.Length..];
                }
            }

            return s;
        }

        return string.Equals(Bare(text), Bare(url), StringComparison.OrdinalIgnoreCase);
    }

    /// Collapses HTML whitespace and keeps track of line starts, so that breaks never pile up and quoted
    /// lines get their prefix.
    private sealed class Output
    {
        private readonly StringBuilder _text = new();
        private bool _lineStart = true;
        private bool _space;

        public int Quote { get; set; }

        public int Length => _text.Length;

        public string Since(int start) => _text.ToString(start, _text.Length - start);

        public void Text(string text, bool preformatted)
        {
            foreach (var c in text)
            {
                if (c == '\n' && preformatted)
                {
                    LineBreak();
                }
                else if (char.IsWhiteSpace(c) && !preformatted)
                {
                    _space = !_lineStart;
                }
                else if (c != '\r')
                {
                    if (_lineStart && Quote > 0)
                    {
                        _text.Append('>', Quote).Append(' ');
                    }
                    else if (_space)
                    {
                        _text.Append(' ');
                    }

                    _text.Append(c);
                    _lineStart = false;
                    _space = false;
                }
            }
        }

        public void LineBreak()
        {
            _text.Append('\n');
            _lineStart = true;
            _space = false;
        }

        public void Line()
        {
            if (!_lineStart)
            {
                LineBreak();
            }
        }

        public void Paragraph()
        {
            Line();
            if (_text.Length > 0 && !EndsWith("\n\n"))
            {
                LineBreak();
            }
        }

        public override string ToString() => _text.ToString();

        private bool EndsWith(string s) => _text.Length >= s.Length && _text.ToString(_text.Length - s.Length, s.Length) == s;
    }
}
