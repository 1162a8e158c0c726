using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Mosaic.Api;
using Mosaic.Store;

namespace Mosaic.Http;

/// "Authorization: Bearer mos_…": the token's person becomes the request's user. A missing, malformed, unknown or
/// revoked token gets 401 with a problem saying which, and how to make one.
public sealed class ApiTokenAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logs, UrlEncoder encoder, IApiTokens tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logs, encoder)
{
    public const string SchemeName = "MosaicToken";
    public const string TokenClaim = "mosaic:token";
    private const string Bearer = "Bearer ";
    private const string Help = "Send Authorization: Bearer mos_…; make a token with `mosaic token create --as YOU`.";

    public static long PersonId(ClaimsPrincipal user) => long.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!, CultureInfo.InvariantCulture);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (header.Length == 0)
        {
            return AuthenticateResult.NoResult();
        }

        if (!header.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.Fail("The Authorization header is not a Bearer token. " + Help);
        }

        var token = header[Bearer.Length..].Trim();
        if (!ApiToken.LooksLikeOne(token))
        {
            return AuthenticateResult.Fail("That is not a Mosaic API token (they start with mos_). " + Help);
        }

        if (await tokens.FindTokenAsync(ApiToken.Hash(token), Context.RequestAborted) is not { } found)
        {
            return AuthenticateResult.Fail($"The token {token[..12]}… is unknown or was revoked. " + Help);
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, found.PersonId.ToString(CultureInfo.InvariantCulture)),
                new Claim(ClaimTypes.Name, found.Person),
                new Claim(TokenClaim, found.Prefix),
            ], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        var detail = result.Failure?.Message ?? "This needs an API token. " + Help;
        Log.Refused(Logger, Request.Path, detail);
        Response.Headers.WWWAuthenticate = "Bearer";
        await Results.Problem(detail, statusCode: StatusCodes.Status401Unauthorized, title: "Not authenticated").ExecuteAsync(Context);
    }
}
