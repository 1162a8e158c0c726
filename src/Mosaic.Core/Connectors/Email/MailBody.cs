using System.Text;
using System.Text.RegularExpressions;
using MimeKit;
using MimeKit.Text;

namespace Mosaic.Connectors.Email;

/// The readable body of a message: its text/plain parts (else its HTML, made readable), without quoted
/// replies. Reads parts through their decoded streams and stops at a limit, so a huge body costs no more
/// than the limit.
internal static partial class MailBody
{
    public const int MaxChars = 1 << 20;

    // HTML carries markup, so more of it is read to end up with up to MaxChars of text.
    private const int MaxHtmlChars = 4 * MaxChars;

    /// The body text and the parts it came from. Caveats are sentences for warnings, about what was
    /// kept but not quite as sent.
    public static (string Text, IReadOnlySet<MimeEntity> Parts) Read(MimeMessage message, bool mbox, List<string> caveats)
    {
        var parts = new List<TextPart>();
        if (message.Body is not null)
        {
            Collect(message.Body, parts);
        }

        var chosen = parts.Any(p => p.IsPlain) ? parts.Where(p => p.IsPlain).ToList() : parts;
        var texts = new List<string>();
        var cut = false;
        var badCharsets = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in chosen)
        {
            var limit = part.IsHtml ? MaxHtmlChars : MaxChars;
            var (raw, partCut, charset) = ReadLimited(part, limit, caveats);
            cut |= partCut;
            if (raw.Contains('\uFFFD', StringComparison.Ordinal))
            {
                badCharsets.Add(charset);
            }

            var text = part.IsHtml ? HtmlText.ToText(raw) : part.IsFlowed ? Unflow(part, raw) : raw;
            texts.Add(Clean(text, mbox));
        }

        if (badCharsets.Count > 0)
        {
            caveats.Add($"its body is not valid {string.Join(", ", badCharsets)} as declared; characters that could not be read show as U+FFFD");
        }

        var body = CollapseBlankLines(string.Join("\n\n", texts.Where(t => t.Length > 0)));
        if (cut || body.Length > MaxChars)
        {
            body = body.Length > MaxChars ? body[..MaxChars] : body;
            caveats.Add($"its body is longer than {Units.Count(MaxChars)} characters; only the start was kept");
        }

        return (body, chosen.ToHashSet<MimeEntity>(ReferenceEqualityComparer.Instance));
    }

    // multipart/alternative offers the same body several ways, plainest first: the first with plain text wins,
    // else the last with HTML. Every other multipart is a sequence whose body parts are all read.
    private static void Collect(MimeEntity entity, List<TextPart> into)
    {
        switch (entity)
        {
            case Multipart alternative when alternative.ContentType.IsMimeType("multipart", "alternative"):
                List<TextPart>? plain = null;
                List<TextPart>? html = null;
                foreach (var child in alternative)
                {
                    var found = new List<TextPart>();
                    Collect(child, found);
                    if (plain is null && found.Any(p => p.IsPlain))
                    {
                        plain = found;
                    }
                    else if (found.Any(p => p.IsHtml))
                    {
                        html = found;
                    }
                }

                into.AddRange(plain ?? html ?? []);
                break;
            case Multipart multipart:
                foreach (var child in multipart)
                {
                    Collect(child, into);
                }

                break;
            case TextPart text when !text.IsAttachment && (text.IsPlain || text.IsHtml):
                into.Add(text);
                break;
        }
    }

    private static (string Text, bool Cut, string Charset) ReadLimited(TextPart part, int limit, List<string> caveats)
    {
        var charset = part.ContentType.Charset ?? "utf-8";
        Encoding encoding;
        try
        {
            encoding = part.ContentType.CharsetEncoding ?? Encoding.UTF8;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            caveats.Add($"its body declares the unknown charset '{charset}'; it was read as UTF-8");
            encoding = Encoding.UTF8;
            charset = "utf-8";
        }

        if (part.Content is null)
        {
            return ("", false, charset);
        }

        // Decoded text never has more characters than the encoded part has bytes, so that size bounds the buffer.
        var encodedBytes = part.Content.Stream is { CanSeek: true } raw ? raw.Length : limit;
        var buffer = new char[(int)Math.Min(limit + 1L, encodedBytes + 1)];
        using var stream = part.Content.Open();
        using var reader = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false);
        var read = 0;
        while (read < buffer.Length && reader.ReadBlock(buffer, read, buffer.Length - read) is var n and > 0)
        {
            read += n;
        }

        var cut = read > limit;
        return (new string(buffer, 0, Math.Min(read, limit)), cut, charset);
    }

    private static string Unflow(TextPart part, string text)
    {
        var deleteSpace = string.Equals(part.ContentType.Parameters["delsp"], "yes", StringComparison.OrdinalIgnoreCase);
        return new FlowedToText { DeleteSpace = deleteSpace }.Convert(text);
    }

    /// Drops quoted reply text: lines starting with ">" and everything from the line that introduces the
    /// quoted message ("On … wrote:", Outlook's "Original Message", the German and French forms) on.
    internal static string Clean(string text, bool mbox)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();

            // mboxrd escapes a body line starting "From " as ">From "; undo one level before judging quotes.
            if (mbox && EscapedFrom().IsMatch(line))
            {
                line = line[1..];
            }

            if (line.StartsWith('>'))
            {
                continue;
            }

            if (ReplyHeader().IsMatch(line)
                || (line.StartsWith("On ", StringComparison.Ordinal) && i + 1 < lines.Length && lines[i + 1].TrimEnd().EndsWith("wrote:", StringComparison.Ordinal)))
            {
                break;
            }

            kept.Append(line).Append('\n');
        }

        return CollapseBlankLines(kept.ToString());
    }

    private static string CollapseBlankLines(string text) => BlankLines().Replace(text, "\n\n").Trim();

    [GeneratedRegex(@"^>+From ")]
    private static partial Regex EscapedFrom();

    [GeneratedRegex(@"^(On\s.+\swrote:|Am\s.+\sschrieb\s?.*:|Le\s.+\sa\sécrit\s?:|-{2,}\s*(?i:Original Message|Ursprüngliche Nachricht|Message d'origine)\s*-{2,})\s*$")]
    private static partial Regex ReplyHeader();

    [GeneratedRegex(@"\n[ \t]*(\n[ \t]*)+\n")]
    private static partial Regex BlankLines();
}
