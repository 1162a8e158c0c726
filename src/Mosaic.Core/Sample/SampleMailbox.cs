using System.Globalization;

namespace Mosaic.Sample;

/// Fills one person's mailbox with what they received and what they sent, at both their work and their
/// private address. Message-IDs look like a mail client's (send time and sender's domain) plus a key that
/// keeps them unique, so ground truth can name them and they never depend on the clock.
internal sealed class SampleMailbox(SampleDraft draft, SamplePerson owner, SampleMailAddress privateAddress)
{
    public SampleMailAddress Work { get; } = SampleMailAddress.Work(owner);

    public SampleMailAddress Private { get; } = privateAddress;

    public SampleMail Receive(
        string key,
        SampleMailAddress from,
        DateTimeOffset date,
        string subject,
        string? text,
        string? html = null,
        SampleMailAddress? to = null,
        IReadOnlyList<SampleMailAddress>? cc = null,
        SampleMailAttachment? attachment = null) =>
        Add(key, from, [to ?? Work], cc ?? [], date, subject, null, text, html, attachment);

    public SampleMail Send(string key, SampleMailAddress to, DateTimeOffset date, string subject, string text, IReadOnlyList<SampleMailAddress>? cc = null) =>
        Add(key, Work, [to], cc ?? [], date, subject, null, text, null, null);

    /// A reply to everyone on the parent: to its sender, or to its recipients when the sender follows up.
    public SampleMail Reply(string key, SampleMail parent, SampleMailAddress from, DateTimeOffset date, string text)
    {
        var to = from == parent.From ? parent.To : [parent.From];
        var subject = parent.Subject.StartsWith("Re: ", StringComparison.Ordinal) ? parent.Subject : "Re: " + parent.Subject;
        return Add(key, from, to, parent.Cc, date, subject, parent, text, null, null);
    }

    private SampleMail Add(
        string key,
        SampleMailAddress from,
        IReadOnlyList<SampleMailAddress> to,
        IReadOnlyList<SampleMailAddress> cc,
        DateTimeOffset date,
        string subject,
        SampleMail? parent,
        string? text,
        string? html,
        SampleMailAttachment? attachment)
    {
        var id = string.Create(CultureInfo.InvariantCulture, $"{date.UtcDateTime:yyyyMMddHHmmss}.{key}@{from.Domain}");

        // Raw strings take the source file's line endings; mbox files on every OS use "\n".
        return draft.AddMail(new SampleMail(owner, id, from, to, cc, date, subject, parent,
            text?.ReplaceLineEndings("\n"), html?.ReplaceLineEndings("\n"), attachment is null ? null : attachment with { Content = attachment.Content.ReplaceLineEndings("\n") }));
    }
}
