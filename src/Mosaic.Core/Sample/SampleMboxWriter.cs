using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Mosaic.Sample;

/// Writes a mailbox as mboxrd: each message starts with a "From sender asctime" line, a body line that
/// begins with ">*From " gets one more '>', and a blank line ends each message. Lines end in "\n" as mbox
/// files on disk do. Boundaries are derived from the Message-ID, so the same mails give the same bytes.
internal static partial class SampleMboxWriter
{
    public static byte[] Write(IEnumerable<SampleMail> mails)
    {
        var mbox = new StringBuilder();
        foreach (var mail in mails.OrderBy(m => m.Date).ThenBy(m => m.MessageId, StringComparer.Ordinal))
        {
            var utc = mail.Date.UtcDateTime;
            mbox.Append(CultureInfo.InvariantCulture, $"From {mail.From.Email} {utc:ddd MMM} {utc.Day,2} {utc:HH:mm:ss yyyy}\n");
            var message = Message(mail);
            foreach (var line in message[..^1].Split('\n'))
            {
                if (line.Length > 998)
                {
                    throw new InvalidOperationException($"A line of {mail.MessageId} is longer than RFC 5322 allows.");
                }
                mbox.Append(FromLine().IsMatch(line) ? ">" : "").Append(line).Append('\n');
            }
            mbox.Append('\n');
        }
        return Encoding.UTF8.GetBytes(mbox.ToString());
    }

    /// The RFC 5322 message, ending with one "\n".
    private static string Message(SampleMail mail)
    {
        var m = new StringBuilder();
        Header(m, "Date", Rfc5322Date(mail.Date));
        Header(m, "From", mail.From.Header());
        Header(m, "To", string.Join(", ", mail.To.Select(a => a.Header())));
        if (mail.Cc.Count > 0)
        {
            Header(m, "Cc", string.Join(", ", mail.Cc.Select(a => a.Header())));
        }
        Header(m, "Subject", mail.Subject);
        Header(m, "Message-ID", $"<{mail.MessageId}>");
        if (mail.Parent is { } parent)
        {
            Header(m, "In-Reply-To", $"<{parent.MessageId}>");
            Header(m, "References", string.Join(" ", mail.References().Select(r => $"<{r}>")));
        }
        Header(m, "MIME-Version", "1.0");

        var boundary = $"=_harbor_{mail.MessageId.Split('@')[0]}";
        if (mail.Attachment is { } attachment)
        {
            Header(m, "Content-Type", $"multipart/mixed; boundary=\"{boundary}\"");
            m.Append('\n').Append("This is a multi-part message in MIME format.\n");
            m.Append(CultureInfo.InvariantCulture, $"--{boundary}\n");
            Body(m, mail, boundary + "_alt");
            m.Append(CultureInfo.InvariantCulture, $"--{boundary}\n");
            Header(m, "Content-Type", $"{attachment.MimeType}; name=\"{attachment.FileName}\"");
            Header(m, "Content-Disposition", $"attachment; filename=\"{attachment.FileName}\"");
            Header(m, "Content-Transfer-Encoding", "base64");
            m.Append('\n');
            var base64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(attachment.Content));
            for (var i = 0; i < base64.Length; i += 76)
            {
                m.Append(base64.AsSpan(i, Math.Min(76, base64.Length - i))).Append('\n');
            }
            m.Append(CultureInfo.InvariantCulture, $"--{boundary}--\n");
        }
        else
        {
            Body(m, mail, boundary);
        }
        return m.ToString();
    }

    /// The body part's headers and content: plain, HTML, or both as multipart/alternative.
    private static void Body(StringBuilder m, SampleMail mail, string boundary)
    {
        switch (mail.Text, mail.Html)
        {
            case ({ } text, null):
                Leaf(m, "text/plain", text);
                break;
            case (null, { } html):
                Leaf(m, "text/html", html);
                break;
            case ({ } text, { } html):
                Header(m, "Content-Type", $"multipart/alternative; boundary=\"{boundary}\"");
                m.Append('\n');
                m.Append(CultureInfo.InvariantCulture, $"--{boundary}\n");
                Leaf(m, "text/plain", text);
                m.Append(CultureInfo.InvariantCulture, $"--{boundary}\n");
                Leaf(m, "text/html", html);
                m.Append(CultureInfo.InvariantCulture, $"--{boundary}--\n");
                break;
            default:
                throw new InvalidOperationException($"{mail.MessageId} has no body.");
        }
    }

    private static void Leaf(StringBuilder m, string mimeType, string content)
    {
        Header(m, "Content-Type", $"{mimeType}; charset=utf-8");
        Header(m, "Content-Transfer-Encoding", content.All(char.IsAscii) ? "7bit" : "8bit");
        m.Append('\n').Append(content.TrimEnd('\n')).Append('\n');
    }

    private static void Header(StringBuilder m, string name, string value)
    {
        if (!value.All(c => char.IsAscii(c) && !char.IsControl(c)))
        {
            // Non-ASCII headers would need RFC 2047 encoding; the sample keeps them plain.
            throw new InvalidOperationException($"Header {name} must be printable ASCII: {value}");
        }
        m.Append(name).Append(": ").Append(value).Append('\n');
    }

    /// "Thu, 16 Oct 2025 11:12:00 +0200": the sender's own offset, as their mail client writes it.
    private static string Rfc5322Date(DateTimeOffset date)
    {
        var offset = date.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var abs = offset.Duration();
        return string.Create(CultureInfo.InvariantCulture, $"{date:ddd, d MMM yyyy HH:mm:ss} {sign}{abs.Hours:D2}{abs.Minutes:D2}");
    }

    [GeneratedRegex("^>*From ")]
    private static partial Regex FromLine();
}
