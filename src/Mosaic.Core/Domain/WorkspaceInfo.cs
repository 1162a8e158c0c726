namespace Mosaic.Domain;

/// The workspace a store holds. TeamId ties the store to one Slack team; Url, when known, makes permalinks.
public sealed record WorkspaceInfo(string? TeamId, string? Name, string? Url);
