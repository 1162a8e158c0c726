using System.Text;
using MimeKit;

namespace Mosaic.Tests.Connectors.Email;

/// Writes test mail with MimeKit itself, so the input is what a real mail client produces.
internal static class Mails
{
    private static readonly FormatOptions Unix = Options();

    public static MimeMessage Message(string id, string subject, string body, DateTimeOffset? date = null)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("Ann Lee", "ann@example.com"));
        message.To.Add(new MailboxAddress("Bo Li", "bo@example.com"));
        message.Subject = subject;
        message.MessageId = id;
        message.Date = date ?? new DateTimeOffset(2025, 3, 3, 10, 0, 0, TimeSpan.FromHours(2));
        message.Body = new TextPart("plain") { Text = body };
        return message;
    }

    public static byte[] Bytes(MimeMessage message)
    {
        using var stream = new MemoryStream();
        message.WriteTo(Unix, stream);
        return stream.ToArray();
    }

    /// An mbox of the messages, each after a "From " line dated by its Date header.
    public static byte[] Mbox(params MimeMessage[] messages)
    {
        using var stream = new MemoryStream();
        foreach (var message in messages)
        {
            var date = message.Date == DateTimeOffset.MinValue ? new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero) : message.Date.ToUniversalTime();
            stream.Write(Encoding.ASCII.GetBytes(FormattableString.Invariant($"From ann@example.com {date:ddd MMM d HH:mm:ss yyyy}\n")));
            message.WriteTo(Unix, stream);
            stream.Write("\n"u8);
        }

        return stream.ToArray();
    }

    private static FormatOptions Options()
    {
        var options = FormatOptions.Default.Clone();
        options.NewLineFormat = NewLineFormat.Unix;
        return options;
    }
}
