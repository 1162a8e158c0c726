namespace Mosaic;

/// The request is understood but the person may not do it (show an answer in a conversation they are not in, post
/// into one). Interfaces that distinguish "not allowed" from "wrong" (HTTP: 403 against 400) catch this one.
public sealed class NotAllowedException(string message) : MosaicException(message);
