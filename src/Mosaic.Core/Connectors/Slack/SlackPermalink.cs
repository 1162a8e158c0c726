namespace Mosaic.Connectors.Slack;

/// Slack message links: {workspace}/archives/{channel}/p{ts without the dot}, with the thread named for replies.
public static class SlackPermalink
{
    public static string? For(string? workspaceUrl, string? channelId, string ts, string? threadTs)
    {
        if (string.IsNullOrEmpty(workspaceUrl) || string.IsNullOrEmpty(channelId))
        {
            return null;
        }

        var link = $"{workspaceUrl.TrimEnd('/')}/archives/{channelId}/p{ts.Replace(".", "", StringComparison.Ordinal)}";
        return threadTs is not null && threadTs != ts ? $"{link}?thread_ts={threadTs}&cid={channelId}" : link;
    }
}
