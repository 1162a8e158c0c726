namespace Mosaic.Sample;

/// A file attached to a file_share message (metadata only; exports never carry the bytes).
internal sealed record SampleFile(string Id, string Name, string Title, string FileType, string MimeType);
