namespace Mosaic.Sample;

/// A legacy message attachment, as the deploy bot sends them.
internal sealed record SampleAttachment(string Fallback, string Title, string Text);
