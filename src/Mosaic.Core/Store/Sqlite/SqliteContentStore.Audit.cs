using System.Text.Json;
using Microsoft.Data.Sqlite;
using Mosaic.Domain;

namespace Mosaic.Store.Sqlite;

public sealed partial class SqliteContentStore
{
    public Task RecordAsync(AuditEntry entry, CancellationToken ct = default) =>
        InWriteTransactionAsync((connection, tx) => RecordAsync(connection, tx, entry, ct), ct);

    /// Records the entry inside a write transaction already open, so a change and its audit entry commit together.
    private static async Task<bool> RecordAsync(SqliteConnection connection, SqliteTransaction tx, AuditEntry entry, CancellationToken ct)
    {
        await using var audit = Command(
            connection,
            """
            INSERT INTO audit(at_utc, action, asker_id, shown_in, audience)
            VALUES ($now, $action, $asker, $shown_in, (
                SELECT json_group_array(person_id) FROM (
                    SELECT $asker AS person_id
                    UNION
                    SELECT person_id FROM memberships WHERE conversation_id = $shown_in AND left_utc IS NULL)))
            RETURNING id
            """,
            [("$now", Time.ToMicros(DateTimeOffset.UtcNow)), ("$action", entry.Action), ("$asker", entry.Access.Asker), ("$shown_in", entry.Access.ShownIn)]);
        audit.Transaction = tx;
        var id = (long)(await audit.ExecuteScalarAsync(ct))!;
        await using var items = Command(
            connection,
            """
            INSERT INTO audit_items(audit_id, item_id, item_key, scope, owner_id, source)
            SELECT $audit, i.id, i.source || ':' || i.native_id, i.scope, i.owner_id, i.source
            FROM items i WHERE i.id IN (SELECT value FROM json_each($items))
            """,
            [("$audit", id), ("$items", JsonSerializer.Serialize(entry.Items))]);
        items.Transaction = tx;
        await items.ExecuteNonQueryAsync(ct);
        return true;
    }

    public async Task<IReadOnlyList<AuditRecord>> ShownFromSliceOfAsync(long ownerId, CancellationToken ct = default)
    {
        await using var connection = await OpenConnectionAsync(ct);
        var handles = new Dictionary<long, string>();
        await using (var people = Command(connection, "SELECT id, coalesce(username, display_name) FROM people", []))
        await using (var r = await people.ExecuteReaderAsync(ct))
        {
            while (await r.ReadAsync(ct))
            {
                handles[r.GetInt64(0)] = r.GetString(1);
            }
        }

        await using var command = Command(
            connection,
            """
            SELECT a.at_utc, a.action, a.asker_id, c.kind, c.name, a.audience,
                json_group_array(coalesce(ai.item_key, '(forgotten)'))
            FROM audit_items ai
            JOIN audit a ON a.id = ai.audit_id
            LEFT JOIN conversations c ON c.id = a.shown_in
            WHERE ai.owner_id = $owner AND ai.scope = 'personal'
            GROUP BY a.id
            ORDER BY a.at_utc DESC, a.id DESC
            """,
            [("$owner", ownerId)]);
        var records = new List<AuditRecord>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var audience = JsonSerializer.Deserialize<long[]>(reader.GetString(5))!.Select(p => handles.GetValueOrDefault(p, "(unknown)")).ToList();
            records.Add(new AuditRecord(
                Time.FromMicros(reader.GetInt64(0), 0),
                reader.GetString(1),
                handles.GetValueOrDefault(reader.GetInt64(2), "(unknown)"),
                reader.IsDBNull(3) ? null : Conversation.LabelFor(ParseKind(reader.GetString(3)), reader.GetString(4)),
                audience,
                JsonSerializer.Deserialize<string[]>(reader.GetString(6))!));
        }

        return records;
    }
}
