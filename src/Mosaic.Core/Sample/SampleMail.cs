namespace Mosaic.Sample;

/// One message in someone's mailbox. MessageId is without angle brackets. The body shape follows from what
/// is set: Text alone is text/plain, Html alone text/html, both multipart/alternative, and an attachment
/// wraps the body in multipart/mixed. Parent makes it a reply (In-Reply-To and References).
internal sealed record SampleMail(
    SamplePerson Owner,
    string MessageId,
    SampleMailAddress From,
    IReadOnlyList<SampleMailAddress> To,
    IReadOnlyList<SampleMailAddress> Cc,
    DateTimeOffset Date,
    string Subject,
    SampleMail? Parent,
    string? Text,
    string? Html,
    SampleMailAttachment? Attachment) : ISampleItem
{
    public string ItemId => $"{SamplePersonalKind.Mail}:{Owner.Id}/{MessageId}";

    /// The thread's Message-IDs from its first mail down to the parent, as References lists them.
    public IReadOnlyList<string> References()
    {
        var chain = new List<string>();
        for (var p = Parent; p is not null; p = p.Parent)
        {
            chain.Insert(0, p.MessageId);
        }
        return chain;
    }

    public SamplePersonalItem ToItem() => new(
        ItemId,
        Owner,
        SamplePersonalKind.Mail,
        string.Join("\n", new[] { Subject, From.Header(), Text, Html, Attachment?.FileName }.OfType<string>()));
}
