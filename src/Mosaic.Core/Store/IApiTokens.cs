namespace Mosaic.Store;

/// API tokens: each acts as one person. Only a token's hash is stored; its prefix names it.
public interface IApiTokens
{
    Task AddTokenAsync(long personId, string prefix, byte[] hash, string? label, CancellationToken ct = default);

    /// The live (not revoked) token with this hash, or null. Marks it used.
    Task<ApiTokenView?> FindTokenAsync(byte[] hash, CancellationToken ct = default);

    /// Every token, or one person's, newest first, revoked ones included.
    Task<IReadOnlyList<ApiTokenView>> ListTokensAsync(long? personId, CancellationToken ct = default);

    /// False when no live token has this prefix.
    Task<bool> RevokeTokenAsync(string prefix, CancellationToken ct = default);
}
