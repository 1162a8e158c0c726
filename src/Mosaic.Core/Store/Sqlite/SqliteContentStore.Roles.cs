using Mosaic.Domain;
using Mosaic.Team;

namespace Mosaic.Store.Sqlite;

/// Configured Scrum roles (schema 12).
public sealed partial class SqliteContentStore : IRoleSettings
{
    public async Task<IReadOnlyList<ConfiguredRole>> ListRolesAsync(CancellationToken ct = default)
    {
        await using var connection = await OpenConnectionAsync(ct);
        await using var command = Command(connection, """
            SELECT r.role, r.person_id, coalesce(p.username, p.display_name), r.set_utc
            FROM team_roles r JOIN people p ON p.id = r.person_id
            ORDER BY r.role, coalesce(p.username, p.display_name)
            """, []);
        var roles = new List<ConfiguredRole>();
        await using var r = await command.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            roles.Add(new ConfiguredRole(ScrumRoles.Parse(r.GetString(0)), r.GetInt64(1), r.GetString(2), Time.FromMicros(r.GetInt64(3), 0)));
        }

        return roles;
    }

    public Task SetRoleAsync(ScrumRole role, long personId, CancellationToken ct = default) =>
        InWriteTransactionAsync(async (connection, tx) =>
        {
            var name = ScrumRoles.Name(role);
            if (ScrumRoles.IsSingle(role))
            {
                await using var others = Command(connection, "DELETE FROM team_roles WHERE role = $role AND person_id <> $person", [("$role", name), ("$person", personId)]);
                others.Transaction = tx;
                await others.ExecuteNonQueryAsync(ct);
            }

            await using var set = Command(connection, """
                INSERT INTO team_roles(role, person_id, set_utc) SELECT $role, id, $now FROM people WHERE id = $person
                ON CONFLICT(role, person_id) DO NOTHING
                """, [("$role", name), ("$person", personId), ("$now", Time.ToMicros(DateTimeOffset.UtcNow))]);
            set.Transaction = tx;
            return await set.ExecuteNonQueryAsync(ct);
        }, ct);

    public Task<int> ClearRoleAsync(ScrumRole role, long? personId, CancellationToken ct = default) =>
        InWriteTransactionAsync(async (connection, tx) =>
        {
            await using var clear = Command(connection, "DELETE FROM team_roles WHERE role = $role AND ($person IS NULL OR person_id = $person)",
                [("$role", ScrumRoles.Name(role)), ("$person", personId)]);
            clear.Transaction = tx;
            return await clear.ExecuteNonQueryAsync(ct);
        }, ct);
}
