namespace Mosaic.Connectors.Slack;

/// Who a token speaks for, as auth.test says: the team and its address, and the app's bot user.
public sealed record SlackAuth(string TeamId, string? Team, string? Url, string UserId, string? BotId);
