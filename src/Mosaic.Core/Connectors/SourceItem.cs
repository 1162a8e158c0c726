using Mosaic.Domain;

namespace Mosaic.Connectors;

/// One item read from a personal source (a mail, a calendar event occurrence, a section of a note), before it
/// is tied to its owner. NativeId is unique within the source's kind for one owner; Ref is what people
/// recognise (a Message-ID, an event UID, "path#section"). Timestamp keeps the source's own offset.
/// ThreadRef groups items (a mail thread's first Message-ID, a recurring event's UID, a note file's path).
public sealed record SourceItem(
    string NativeId,
    string Ref,
    DateTimeOffset Timestamp,
    string? ThreadRef,
    string Title,
    string Text,
    SourceAddress? From,
    IReadOnlyList<SourceAddress> People,
    IReadOnlyList<FileRef> Files);
