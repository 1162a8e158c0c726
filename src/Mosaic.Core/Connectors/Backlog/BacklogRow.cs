using Mosaic.Ingestion;

namespace Mosaic.Connectors.Backlog;

/// What one row (or array element) of a backlog file gave: its issue, or null when it could not be read; the problems
/// met reading it; and how many bytes of the file lie behind it, for progress.
public sealed record BacklogRow(BacklogIssue? Issue, IReadOnlyList<ImportProblem> Problems, long Position);
