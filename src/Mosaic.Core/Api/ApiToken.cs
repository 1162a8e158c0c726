using System.Security.Cryptography;
using System.Text;

namespace Mosaic.Api;

/// The shape of an API token: "mos_" + 8 characters that name it + "_" + 43 characters of secret (256 random bits).
/// The prefix appears in lists and logs; the whole token only once, when it is made.
public static class ApiToken
{
    private const string Scheme = "mos_";
    private const string PrefixAlphabet = "abcdefghijkmnpqrstuvwxyz23456789";

    public static (string Token, string Prefix, byte[] Hash) New()
    {
        var prefix = Scheme + RandomNumberGenerator.GetString(PrefixAlphabet, 8);
        var token = prefix + "_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (token, prefix, Hash(token));
    }

    /// The stored form. A lookup by hash needs no constant-time compare: nobody can steer a SHA-256 to a stored one.
    public static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    /// Whether the text could be a token at all (so a Slack token or a password pasted by mistake is named as such).
    public static bool LooksLikeOne(string text) => text.StartsWith(Scheme, StringComparison.Ordinal) && text.Length == 56 && text[12] == '_';
}
