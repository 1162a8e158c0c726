using System.Text.RegularExpressions;

namespace Mosaic.Connectors.Slack;

/// Renders Slack's message markup to the text a reader sees: <@U123> becomes @maya, <#C1|dev> becomes #dev,
/// <https://x|label> becomes "label (https://x)", <!here> becomes @here, &amp; &lt; &gt; become & < >, and
/// :emoji: shortcodes become the emoji (custom ones stay as they are).
public static partial class SlackText
{
    public static string Render(string raw, Func<string, string?> userName, Func<string, string?> channelName)
    {
        if (raw.Length == 0)
        {
            return raw;
        }

        var rendered = Token().Replace(raw, match => RenderToken(match.Groups[1].Value, userName, channelName));
        if (rendered.Contains(':', StringComparison.Ordinal))
        {
            rendered = Shortcode().Replace(rendered, match => Emoji.TryGetValue(match.Groups["name"].Value, out var emoji) ? emoji : match.Value);
        }

        return Unescape(rendered);
    }

    private static string RenderToken(string token, Func<string, string?> userName, Func<string, string?> channelName)
    {
        var bar = token.IndexOf('|', StringComparison.Ordinal);
        var target = bar < 0 ? token : token[..bar];
        var label = bar < 0 ? null : token[(bar + 1)..];
        if (label is { Length: 0 })
        {
            label = null;
        }

        switch (target)
        {
            case ['@', ..]:
                var user = target[1..];
                return "@" + (userName(user) ?? label?.TrimStart('@') ?? user);
            case ['#', ..]:
                var channel = target[1..];
                return "#" + (label ?? channelName(channel) ?? channel);
            case ['!', ..]:
                var command = target[1..];
                if (command is "here" or "channel" or "everyone")
                {
                    return "@" + command;
                }

                if (command.StartsWith("subteam^", StringComparison.Ordinal))
                {
                    return label ?? "@group";
                }

                return label ?? "";
        }

        var url = target.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? target[7..] : target;
        return label is null || label == url || label == target ? url : $"{label} ({url})";
    }

    public static string Unescape(string text) => text.Contains('&', StringComparison.Ordinal)
        ? text.Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal)
        : text;

    // GitHub's shortcode table, which Slack's standard names follow; Markdig keeps it up to date.
    private static readonly IDictionary<string, string> Emoji = Markdig.Extensions.Emoji.EmojiMapping.GetDefaultEmojiShortcodeToUnicode();

    [GeneratedRegex("<([^<>\n]{1,2048})>")]
    private static partial Regex Token();

    // A shortcode, with an optional skin tone that the plain emoji stands for.
    [GeneratedRegex(@"(?<name>:[a-z0-9_+\-]{1,64}:)(?::skin-tone-[2-6]:)?")]
    private static partial Regex Shortcode();
}
