namespace Mosaic.Connectors.Slack;

/// A member of the workspace as users.json lists them.
public sealed record SlackUser(
    string Id,
    string? TeamId,
    string Name,
    string? RealName,
    string? DisplayName,
    string? Email,
    string? Title,
    string? TimeZone,
    bool IsBot,
    bool Deleted)
{
    /// The name Slack shows: the profile's display name, else the real name, else the username.
    public string ShownName => !string.IsNullOrWhiteSpace(DisplayName) ? DisplayName : !string.IsNullOrWhiteSpace(RealName) ? RealName : Name;
}
