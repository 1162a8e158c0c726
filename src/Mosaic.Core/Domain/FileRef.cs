namespace Mosaic.Domain;

/// A file attached to an item: only its name and title are kept, never its content.
public sealed record FileRef(string Name, string? Title);
