namespace Mosaic.Sample;

/// A small file attached to a mail; written base64-encoded.
internal sealed record SampleMailAttachment(string FileName, string MimeType, string Content);
