using Mosaic.Ingestion;

namespace Mosaic.Connectors;

/// What one file of a personal source gave: its items, and the problems met reading it. A unit is written
/// all or nothing; a file that could not be read at all is a unit with no items and an error.
public sealed record SourceUnit(string File, IReadOnlyList<SourceItem> Items, IReadOnlyList<ImportProblem> Problems);
