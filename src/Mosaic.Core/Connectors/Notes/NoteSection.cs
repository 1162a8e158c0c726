namespace Mosaic.Connectors.Notes;

/// One piece of a note before it becomes an item: its anchor, the heading that names it (null for the text
/// before the first heading and for parts of a plain-text file) and its readable text.
internal sealed record NoteSection(string Slug, string? Heading, string Text);
