using Microsoft.Data.Sqlite;
using Mosaic.Domain;

namespace Mosaic.Store.Sqlite;

public sealed partial class SqliteContentStore : IApiTokens
{
    /// Recording every use would make each API read a write; a minute's precision is enough to see a token is alive.
    private static readonly TimeSpan UsePrecision = TimeSpan.FromMinutes(1);

    private const string TokenColumns = """
        t.prefix, t.person_id, coalesce(p.username, p.display_name), t.label, t.created_utc, t.last_used_utc, t.revoked_utc
        FROM api_tokens t JOIN people p ON p.id = t.person_id
        """;

    public Task AddTokenAsync(long personId, string prefix, byte[] hash, string? label, CancellationToken ct = default) =>
        InWriteTransactionAsync(async (connection, tx) =>
        {
            await using var command = Command(connection, """
                INSERT INTO api_tokens(prefix, hash, person_id, label, created_utc) VALUES ($prefix, $hash, $p, $label, $now)
                """, [("$prefix", prefix), ("$hash", hash), ("$p", personId), ("$label", label), ("$now", Time.ToMicros(DateTimeOffset.UtcNow))]);
            command.Transaction = tx;
            return await command.ExecuteNonQueryAsync(ct);
        }, ct);

    public async Task<ApiTokenView?> FindTokenAsync(byte[] hash, CancellationToken ct = default)
    {
        ApiTokenView? token;
        await using (var connection = await OpenConnectionAsync(ct))
        await using (var command = Command(connection, $"SELECT {TokenColumns} WHERE t.hash = $hash AND t.revoked_utc IS NULL", [("$hash", hash)]))
        {
            token = (await ReadTokensAsync(command, ct)).FirstOrDefault();
        }

        var now = DateTimeOffset.UtcNow;
        if (token is not null && (token.LastUsed is null || now - token.LastUsed > UsePrecision))
        {
            await InWriteTransactionAsync(async (connection, tx) =>
            {
                await using var command = Command(connection, "UPDATE api_tokens SET last_used_utc = $now WHERE prefix = $prefix",
                    [("$now", Time.ToMicros(now)), ("$prefix", token.Prefix)]);
                command.Transaction = tx;
                return await command.ExecuteNonQueryAsync(ct);
            }, ct);
        }

        return token;
    }

    public async Task<IReadOnlyList<ApiTokenView>> ListTokensAsync(long? personId, CancellationToken ct = default)
    {
        await using var connection = await OpenConnectionAsync(ct);
        await using var command = Command(connection, $"SELECT {TokenColumns} WHERE $p IS NULL OR t.person_id = $p ORDER BY t.id DESC", [("$p", personId)]);
        return await ReadTokensAsync(command, ct);
    }

    public Task<bool> RevokeTokenAsync(string prefix, CancellationToken ct = default) =>
        InWriteTransactionAsync(async (connection, tx) =>
        {
            await using var command = Command(connection, "UPDATE api_tokens SET revoked_utc = $now WHERE prefix = $prefix AND revoked_utc IS NULL",
                [("$now", Time.ToMicros(DateTimeOffset.UtcNow)), ("$prefix", prefix)]);
            command.Transaction = tx;
            return await command.ExecuteNonQueryAsync(ct) == 1;
        }, ct);

    private static async Task<List<ApiTokenView>> ReadTokensAsync(SqliteCommand command, CancellationToken ct)
    {
        static DateTimeOffset? Maybe(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : Time.FromMicros(r.GetInt64(i), 0);

        var list = new List<ApiTokenView>();
        await using var r = await command.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            list.Add(new ApiTokenView(
                r.GetString(0), r.GetInt64(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), Time.FromMicros(r.GetInt64(4), 0), Maybe(r, 5), Maybe(r, 6)));
        }

        return list;
    }
}
