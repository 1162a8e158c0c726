using System.Text.Json;
using Microsoft.Data.Sqlite;
using Mosaic.Domain;
using Mosaic.Permissions;

namespace Mosaic.Store.Sqlite;

/// The backlog: tracker fields beside backlog items, their status history, and the ticket keys items mention.
public sealed partial class SqliteContentStore
{
    private sealed partial class BatchWriter
    {
        /// The keys each new or changed item mentions; a changed item's old mentions go first. An item's mention of its
        /// own key is no link.
        private async Task WriteMentionsAsync(List<Pending> inserts, List<Pending> updates, CancellationToken ct)
        {
            if (updates.Count > 0)
            {
                await using var clear = Prepare("DELETE FROM ticket_mentions WHERE item_id = $item", "$item");
                foreach (var u in updates)
                {
                    clear.Parameters["$item"].Value = u.Id;
                    await clear.ExecuteNonQueryAsync(ct);
                }
            }

            await using var add = Prepare("INSERT OR IGNORE INTO ticket_mentions(key, item_id, project) VALUES ($key, $item, $project)", "$key", "$item", "$project");
            foreach (var written in inserts.Concat(updates).Where(w => w.Item.Indexed))
            {
                foreach (var (key, project) in TicketKeys.In(written.Item.Text))
                {
                    if (written.Item.Source == BacklogRecord.Source && key == written.Item.NativeId)
                    {
                        continue;
                    }

                    (add.Parameters["$key"].Value, add.Parameters["$item"].Value, add.Parameters["$project"].Value) = (key, written.Id, project);
                    await add.ExecuteNonQueryAsync(ct);
                }
            }
        }

        /// Tracker fields for the backlog items just written: replaced in place, with the status appended to the history
        /// when it changed. A record whose item was not written (its owner asked Mosaic to forget it) is skipped.
        private async Task WriteBacklogAsync(IReadOnlyList<BacklogRecord> records, CancellationToken ct)
        {
            if (records.Count == 0)
            {
                return;
            }

            await using var find = Prepare("SELECT id FROM items WHERE source = $source AND native_id = $key", "$source", "$key");
            await using var upsert = Prepare(
                """
                INSERT INTO backlog_items(item_id, key, project, type, status, priority, story_points, sprints, labels, created_utc, updated_utc, resolved_utc)
                VALUES ($item, $key, $project, $type, $status, $priority, $points, $sprints, $labels, $created, $updated, $resolved)
                ON CONFLICT(item_id) DO UPDATE SET key = excluded.key, project = excluded.project, type = excluded.type,
                    status = excluded.status, priority = excluded.priority, story_points = excluded.story_points,
                    sprints = excluded.sprints, labels = excluded.labels, created_utc = excluded.created_utc,
                    updated_utc = excluded.updated_utc, resolved_utc = excluded.resolved_utc
                """,
                "$item", "$key", "$project", "$type", "$status", "$priority", "$points", "$sprints", "$labels", "$created", "$updated", "$resolved");
            await using var history = Prepare(
                """
                INSERT INTO backlog_status(item_id, status, since_utc, seen_utc)
                SELECT $item, $status, $since, $now
                WHERE $status IS NOT NULL AND $status IS NOT (SELECT status FROM backlog_status WHERE item_id = $item ORDER BY id DESC LIMIT 1)
                """,
                "$item", "$status", "$since", "$now");
            await using var clearAssignees = Prepare("DELETE FROM backlog_assignees WHERE item_id = $item", "$item");
            await using var addAssignee = Prepare(
                "INSERT INTO backlog_assignees(item_id, position, name, person_id) VALUES ($item, $position, $name, $person)",
                "$item", "$position", "$name", "$person");

            var now = Time.ToMicros(DateTimeOffset.UtcNow);
            find.Parameters["$source"].Value = BacklogRecord.Source;
            foreach (var record in records)
            {
                find.Parameters["$key"].Value = record.Key;
                if (await find.ExecuteScalarAsync(ct) is not long item)
                {
                    continue;
                }

                object? Micros(DateTimeOffset? time) => time is { } t ? Time.ToMicros(t) : null;
                object?[] values =
                [
                    item, record.Key, record.Project, record.Type, record.Status, record.Priority, record.StoryPoints,
                    JsonSerializer.Serialize(record.Sprints), JsonSerializer.Serialize(record.Labels),
                    Micros(record.Created), Micros(record.Updated), Micros(record.Resolved),
                ];
                for (var i = 0; i < values.Length; i++)
                {
                    upsert.Parameters[i].Value = values[i] ?? DBNull.Value;
                }

                await upsert.ExecuteNonQueryAsync(ct);

                (history.Parameters["$item"].Value, history.Parameters["$status"].Value) = (item, (object?)record.Status ?? DBNull.Value);
                (history.Parameters["$since"].Value, history.Parameters["$now"].Value) = (Time.ToMicros(record.StatusSince), now);
                await history.ExecuteNonQueryAsync(ct);

                clearAssignees.Parameters["$item"].Value = item;
                await clearAssignees.ExecuteNonQueryAsync(ct);
                for (var position = 0; position < record.Assignees.Count; position++)
                {
                    var assignee = record.Assignees[position];
                    addAssignee.Parameters["$item"].Value = item;
                    addAssignee.Parameters["$position"].Value = position;
                    addAssignee.Parameters["$name"].Value = assignee.Name;
                    addAssignee.Parameters["$person"].Value = assignee.Person is { } person ? await PersonIdAsync(person, $"assignee of {record.Key}", ct) : DBNull.Value;
                    await addAssignee.ExecuteNonQueryAsync(ct);
                }
            }
        }
    }

    // ---------------------------------------------------------------- reads

    private const string BacklogColumns =
        "b.key, b.project, b.type, b.status, b.priority, b.story_points, b.sprints, b.labels, b.created_utc, b.updated_utc, b.resolved_utc";

    public async Task<BacklogItem?> GetAsync(string key, AccessContext access, int mentions = 50, CancellationToken ct = default)
    {
        await using var connection = await OpenConnectionAsync(ct);
        var found = await BacklogItemsAsync(connection, access, "b.key = $key", 1, ct, ("$key", key.Trim()));
        if (found.Count == 0)
        {
            return null;
        }

        var item = found[0];
        var history = new List<BacklogStatusChange>();
        await using (var command = Command(connection, "SELECT status, since_utc, seen_utc FROM backlog_status WHERE item_id = $item ORDER BY id", [("$item", item.Item.RowId)]))
        await using (var r = await command.ExecuteReaderAsync(ct))
        {
            while (await r.ReadAsync(ct))
            {
                history.Add(new BacklogStatusChange(r.GetString(0), Time.FromMicros(r.GetInt64(1), 0), Time.FromMicros(r.GetInt64(2), 0)));
            }
        }

        var mentioning = new List<ItemView>();
        await using (var command = Command(
            connection,
            $"""
             WITH {AudienceCte}
             SELECT {ItemColumns}
             FROM ticket_mentions m JOIN items i ON i.id = m.item_id
             {ItemJoins}
             WHERE m.key = $key AND i.indexed = 1 AND {EligibleItem}
             ORDER BY i.ts_utc, i.id
             LIMIT $limit
             """,
            await AccessAsync(connection, access, ct, ("$key", item.Key), ("$limit", mentions))))
        await using (var r = await command.ExecuteReaderAsync(ct))
        {
            while (await r.ReadAsync(ct))
            {
                mentioning.Add(ReadItem(r));
            }
        }

        return item with { History = history, Mentions = mentioning };
    }

    public async Task<IReadOnlyList<BacklogItem>> ListAsync(BacklogFilter filter, AccessContext access, CancellationToken ct = default)
    {
        await using var connection = await OpenConnectionAsync(ct);
        return await BacklogItemsAsync(
            connection, access,
            """
            ($project IS NULL OR b.project = $project) AND ($status IS NULL OR b.status = $status COLLATE NOCASE)
              AND ($assignee IS NULL OR EXISTS (SELECT 1 FROM backlog_assignees a WHERE a.item_id = b.item_id AND a.person_id = $assignee))
              AND ($sprint IS NULL OR EXISTS (SELECT 1 FROM json_each(b.sprints) s WHERE s.value = $sprint COLLATE NOCASE))
            """,
            filter.Limit, ct,
            ("$project", filter.Project), ("$status", filter.Status), ("$assignee", filter.AssigneeId), ("$sprint", filter.Sprint));
    }

    public async Task<IReadOnlyList<TicketLink>> LinksAsync(IReadOnlyList<long> itemRowIds, AccessContext access, CancellationToken ct = default)
    {
        if (itemRowIds.Count == 0)
        {
            return [];
        }

        await using var connection = await OpenConnectionAsync(ct);
        await using var command = Command(
            connection,
            $"""
             WITH {AudienceCte},
             visible_backlog(key, project) AS MATERIALIZED (
                 SELECT b.key, b.project FROM backlog_items b JOIN items i ON i.id = b.item_id WHERE {EligibleItem})
             SELECT m.item_id, m.key, m.key IN (SELECT key FROM visible_backlog)
             FROM ticket_mentions m JOIN items i ON i.id = m.item_id
             WHERE m.item_id IN (SELECT value FROM json_each($ids)) AND i.indexed = 1 AND {EligibleItem}
               AND {IsLink("visible_backlog")}
             ORDER BY m.item_id, m.key
             """,
            await AccessAsync(connection, access, ct, ("$ids", JsonSerializer.Serialize(itemRowIds))));
        var links = new List<TicketLink>();
        await using var r = await command.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            links.Add(new TicketLink(r.GetInt64(0), r.GetString(1), r.GetBoolean(2)));
        }

        return links;
    }

    /// Whether a ticket mention `m` links to one of these backlog items (a table or CTE of key and project): its key is
    /// one of theirs, or its project is, though the key itself was not imported (yet).
    private static string IsLink(string backlog) =>
        $"(m.key IN (SELECT key FROM {backlog}) OR m.project IN (SELECT project FROM {backlog} WHERE project <> ''))";

    /// Backlog items matching a condition on b (backlog_items) that the audience may see, with their assignees.
    private async Task<List<BacklogItem>> BacklogItemsAsync(
        SqliteConnection connection, AccessContext access, string condition, int limit, CancellationToken ct, params (string, object?)[] parameters)
    {
        var items = new List<BacklogItem>();
        await using (var command = Command(
            connection,
            $"""
             WITH {AudienceCte}
             SELECT {ItemColumns}, {BacklogColumns}
             FROM backlog_items b JOIN items i ON i.id = b.item_id
             {ItemJoins}
             WHERE {condition} AND {EligibleItem}
             ORDER BY b.project, length(b.key), b.key
             LIMIT $limit
             """,
            await AccessAsync(connection, access, ct, [("$limit", limit), .. parameters])))
        await using (var r = await command.ExecuteReaderAsync(ct))
        {
            while (await r.ReadAsync(ct))
            {
                const int b = ItemColumnCount;
                DateTimeOffset? At(int column) => r.IsDBNull(column) ? null : Time.FromMicros(r.GetInt64(column), 0);
                string? Text(int column) => r.IsDBNull(column) ? null : r.GetString(column);
                items.Add(new BacklogItem(
                    ReadItem(r), r.GetString(b), r.GetString(b + 1), Text(b + 2), Text(b + 3), Text(b + 4),
                    r.IsDBNull(b + 5) ? null : r.GetDouble(b + 5),
                    JsonSerializer.Deserialize<List<string>>(r.GetString(b + 6)) ?? [],
                    JsonSerializer.Deserialize<List<string>>(r.GetString(b + 7)) ?? [],
                    [], At(b + 8), At(b + 9), At(b + 10)));
            }
        }

        if (items.Count == 0)
        {
            return items;
        }

        var assignees = new Dictionary<long, List<BacklogAssignee>>();
        await using (var command = Command(
            connection,
            """
            SELECT a.item_id, a.name, a.person_id, coalesce(p.username, p.display_name)
            FROM backlog_assignees a LEFT JOIN people p ON p.id = a.person_id
            WHERE a.item_id IN (SELECT value FROM json_each($ids))
            ORDER BY a.item_id, a.position
            """,
            [("$ids", JsonSerializer.Serialize(items.Select(i => i.Item.RowId)))]))
        await using (var r = await command.ExecuteReaderAsync(ct))
        {
            while (await r.ReadAsync(ct))
            {
                if (!assignees.TryGetValue(r.GetInt64(0), out var list))
                {
                    assignees[r.GetInt64(0)] = list = [];
                }

                list.Add(new BacklogAssignee(r.GetString(1), r.IsDBNull(2) ? null : r.GetInt64(2), r.IsDBNull(3) ? null : r.GetString(3)));
            }
        }

        return items.Select(i => assignees.TryGetValue(i.Item.RowId, out var list) ? i with { Assignees = list } : i).ToList();
    }
}
