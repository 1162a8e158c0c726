namespace Mosaic;

/// A failure whose message is meant for the person using Mosaic: it says what is wrong and where.
/// Anything else that escapes is a bug and is reported generically.
public class MosaicException(string message, Exception? inner = null) : Exception(message, inner);
