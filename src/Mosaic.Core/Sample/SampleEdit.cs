namespace Mosaic.Sample;

/// Marks a message as edited; the message text is already the final text, as in a real export.
internal sealed record SampleEdit(string UserId, string Ts);
