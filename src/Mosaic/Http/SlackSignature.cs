using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Mosaic.Http;

/// Slack's request signing (v0): HMAC-SHA256 over "v0:{timestamp}:{raw body}" with the app's signing secret, sent as
/// X-Slack-Signature "v0={hex}". Compared in constant time; an old timestamp is refused so a captured request cannot
/// be replayed later.
public static class SlackSignature
{
    public static string Sign(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes($"v0:{timestamp}:");
        var data = new byte[prefix.Length + body.Length];
        prefix.CopyTo(data, 0);
        body.CopyTo(data.AsSpan(prefix.Length));
        return "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), data));
    }

    /// Null when the request is genuine and fresh; otherwise why not.
    public static string? Problem(string secret, string? timestamp, string? signature, ReadOnlySpan<byte> body, DateTimeOffset now, TimeSpan maxSkew)
    {
        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature))
        {
            return "missing X-Slack-Request-Timestamp or X-Slack-Signature";
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return "X-Slack-Request-Timestamp is not a number";
        }

        if (Math.Abs(now.ToUnixTimeSeconds() - seconds) > maxSkew.TotalSeconds)
        {
            return "X-Slack-Request-Timestamp is too far from now (a replay, or a clock that is off)";
        }

        var expected = Encoding.ASCII.GetBytes(Sign(secret, timestamp, body));
        var given = Encoding.ASCII.GetBytes(signature);
        return CryptographicOperations.FixedTimeEquals(expected, given) ? null : "X-Slack-Signature does not match";
    }
}
