using System.Text.Json;
using Microsoft.Data.Sqlite;
using Mosaic.Domain;
using Mosaic.Permissions;
using Mosaic.Team;

namespace Mosaic.Store.Sqlite;

/// Facts and the queue of items to learn them from (schema 10).
public sealed partial class SqliteContentStore : IFacts
{
    private sealed partial class BatchWriter
    {
        /// New and changed items wait for extraction; a changed item's old facts go at once, since its text no longer
        /// says them.
        private async Task QueueForFactsAsync(List<Pending> inserts, List<Pending> updates, CancellationToken ct)
        {
            await using var clear = Prepare("DELETE FROM facts WHERE item_id = $item", "$item");
            foreach (var u in updates)
            {
                clear.Parameters["$item"].Value = u.Id;
                await clear.ExecuteNonQueryAsync(ct);
            }

            await using var queue = Prepare("INSERT OR IGNORE INTO fact_queue(item_id) VALUES ($item)", "$item");
            foreach (var written in inserts.Concat(updates).Where(w => w.Item.Indexed))
            {
                queue.Parameters["$item"].Value = written.Id;
                await queue.ExecuteNonQueryAsync(ct);
            }

            // A new reply from the one who started a thread may thank someone for an answer, which makes that answer's
            // expertise surer: the thread's earlier replies by others are learned from again, so a thanks that arrives
            // after its answer was extracted (live) counts as one that was there from the start (an import).
            var replies = inserts.Where(w => w.Item.Indexed && w.ConversationId is not null && w.AuthorId is not null && w.Item.ThreadRef is { } t && t != w.Item.Ref).ToList();
            if (replies.Count > 0)
            {
                await RunAsync(
                    """
                    INSERT OR IGNORE INTO fact_queue(item_id)
                    SELECT r.id
                    FROM json_each($replies) n
                    JOIN items a ON a.id = n.value
                    JOIN items root ON root.conversation_id = a.conversation_id AND root.thread_ref = a.thread_ref AND root.ref = a.thread_ref
                        AND root.author_id = a.author_id
                    JOIN items r ON r.conversation_id = a.conversation_id AND r.thread_ref = a.thread_ref AND r.ts_utc < a.ts_utc
                        AND r.ref <> r.thread_ref AND r.author_id IS NOT a.author_id AND r.indexed = 1
                    """,
                    ct, ("$replies", JsonSerializer.Serialize(replies.Select(w => w.Id))));
            }
        }
    }

    public async Task<int> QueuedCountAsync(CancellationToken ct = default)
    {
        await using var connection = await OpenConnectionAsync(ct);
        await using var command = Command(connection, "SELECT count(*) FROM fact_queue", []);
        return Convert.ToInt32(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<IReadOnlyList<ItemView>> QueuedForFactsAsync(int max, CancellationToken ct = default)
    {
        await using var connection = await OpenConnectionAsync(ct);
        await using var command = Command(connection, $"""
            SELECT {ItemColumns}
            FROM fact_queue q JOIN items i ON i.id = q.item_id
            {ItemJoins}
            ORDER BY q.item_id
            LIMIT $max
            """, [("$max", max)]);
        var items = new List<ItemView>();
        await using var r = await command.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            items.Add(ReadItem(r));
        }

        return items;
    }

    public async Task<FactSurroundings> SurroundingsAsync(IReadOnlyList<ItemView> items, CancellationToken ct = default)
    {
        var threads = items.Where(i => i.ConversationId is not null && i.ThreadRef is not null && !i.IsThreadRoot)
            .Select(i => new { c = i.ConversationId, t = i.ThreadRef }).Distinct().ToList();
        var conversations = items.Where(i => i.ConversationId is not null).Select(i => i.ConversationId!.Value).Distinct().ToList();
        if (threads.Count == 0 && conversations.Count == 0)
        {
            return FactSurroundings.None;
        }

        await using var connection = await OpenConnectionAsync(ct);
        var thread = new List<ItemView>();
        if (threads.Count > 0)
        {
            await using var command = Command(connection, $"""
                WITH wanted(conversation_id, thread_ref) AS (SELECT value ->> '$.c', value ->> '$.t' FROM json_each($threads))
                SELECT {ItemColumns}
                FROM wanted w JOIN items i ON i.conversation_id = w.conversation_id AND i.thread_ref = w.thread_ref
                {ItemJoins}
                WHERE i.indexed = 1
                ORDER BY i.conversation_id, i.thread_ref, i.ts_utc, i.id
                """, [("$threads", JsonSerializer.Serialize(threads))]);
            await using var r = await command.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
            {
                thread.Add(ReadItem(r));
            }
        }

        var found = new Dictionary<long, (ConversationKind Kind, List<long> Members)>();
        await using (var command = Command(connection, """
            SELECT c.id, c.kind, m.person_id
            FROM conversations c
            LEFT JOIN memberships m ON m.conversation_id = c.id AND m.left_utc IS NULL AND c.kind IN ('dm', 'group_dm')
            WHERE c.id IN (SELECT value FROM json_each($conversations))
            """, [("$conversations", JsonSerializer.Serialize(conversations))]))
        {
            await using var r = await command.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
            {
                var id = r.GetInt64(0);
                if (!found.TryGetValue(id, out var conversation))
                {
                    found[id] = conversation = (ParseKind(r.GetString(1)), []);
                }

                if (!r.IsDBNull(2))
                {
                    conversation.Members.Add(r.GetInt64(2));
                }
            }
        }

        return new FactSurroundings(thread, [.. found.Select(c => new FactConversation(c.Key, c.Value.Kind, c.Value.Members))]);
    }

    public Task WriteFactsAsync(IReadOnlyList<(long ItemId, string Extractor, FactCandidate Fact)> facts, IReadOnlyList<long> items, CancellationToken ct = default) =>
        InWriteTransactionAsync(async (connection, tx) =>
        {
            async Task Run(string sql, params (string, object?)[] parameters)
            {
                await using var command = Command(connection, sql, parameters);
                command.Transaction = tx;
                await command.ExecuteNonQueryAsync(ct);
            }

            var json = JsonSerializer.Serialize(items);
            await Run("DELETE FROM facts WHERE item_id IN (SELECT value FROM json_each($ids))", ("$ids", json));
            await Run("DELETE FROM fact_queue WHERE item_id IN (SELECT value FROM json_each($ids))", ("$ids", json));
            await using var insert = Command(connection, """
                INSERT INTO facts(kind, subject, subject_key, value, person_id, due_utc, status, confidence, valid_from_utc, item_id, extractor)
                SELECT $kind, $subject, $key, $value, (SELECT id FROM people WHERE id = $person), $due, $status, $confidence, i.ts_utc, i.id, $extractor
                FROM items i WHERE i.id = $item
                """, [("$kind", null), ("$subject", null), ("$key", null), ("$value", null), ("$person", null), ("$due", null), ("$status", null),
                      ("$confidence", null), ("$item", null), ("$extractor", null)]);
            insert.Transaction = tx;
            foreach (var (itemId, extractor, fact) in facts)
            {
                insert.Parameters["$kind"].Value = FactKinds.Name(fact.Kind);
                insert.Parameters["$subject"].Value = fact.Subject;
                insert.Parameters["$key"].Value = fact.Key;
                insert.Parameters["$value"].Value = fact.Value;
                insert.Parameters["$person"].Value = (object?)fact.PersonId ?? DBNull.Value;
                insert.Parameters["$due"].Value = fact.Due is { } due ? Time.ToMicros(due) : DBNull.Value;
                insert.Parameters["$status"].Value = (object?)fact.Status ?? DBNull.Value;
                insert.Parameters["$confidence"].Value = fact.Confidence;
                insert.Parameters["$item"].Value = itemId;
                insert.Parameters["$extractor"].Value = extractor;
                await insert.ExecuteNonQueryAsync(ct);
            }

            return facts.Count;
        }, ct);

    public async Task<string?> SubjectKeyOfChoiceAsync(FactKind kind, string choice, DateTimeOffset before, CancellationToken ct = default)
    {
        await using var connection = await OpenConnectionAsync(ct);
        await using var command = Command(connection, """
            SELECT subject_key FROM facts
            WHERE kind = $kind AND value = $choice COLLATE NOCASE AND valid_from_utc < $before
            ORDER BY valid_from_utc DESC LIMIT 1
            """, [("$kind", FactKinds.Name(kind)), ("$choice", choice), ("$before", Time.ToMicros(before))]);
        return await command.ExecuteScalarAsync(ct) as string;
    }

    public async Task<(string Subject, string Key)?> SubjectInThreadAsync(
        FactKind kind, long conversationId, string threadRef, long? personId, DateTimeOffset before, CancellationToken ct = default)
    {
        await using var connection = await OpenConnectionAsync(ct);
        await using var command = Command(connection, """
            SELECT f.subject, f.subject_key FROM facts f JOIN items i ON i.id = f.item_id
            WHERE f.kind = $kind AND i.conversation_id = $conversation AND i.thread_ref = $thread AND f.valid_from_utc < $before
                AND (f.person_id IS NULL OR f.person_id = $person)
            ORDER BY f.valid_from_utc DESC, f.id DESC LIMIT 1
            """, [("$kind", FactKinds.Name(kind)), ("$conversation", conversationId), ("$thread", threadRef), ("$person", personId),
                  ("$before", Time.ToMicros(before))]);
        await using var r = await command.ExecuteReaderAsync(ct);
        return await r.ReadAsync(ct) ? (r.GetString(0), r.GetString(1)) : null;
    }

    public async Task<bool> HasFactAsync(FactKind kind, string subjectKey, DateTimeOffset before, CancellationToken ct = default)
    {
        await using var connection = await OpenConnectionAsync(ct);
        await using var command = Command(connection,
            "SELECT EXISTS (SELECT 1 FROM facts WHERE kind = $kind AND subject_key = $key AND valid_from_utc < $before)",
            [("$kind", FactKinds.Name(kind)), ("$key", subjectKey), ("$before", Time.ToMicros(before))]);
        return await command.ExecuteScalarAsync(ct) is 1L;
    }

    /// Which kinds never replace one another (FactKinds.IsEvidence), as the listing query takes them.
    private static readonly string EvidenceKinds = JsonSerializer.Serialize(Enum.GetValues<FactKind>().Where(FactKinds.IsEvidence).Select(FactKinds.Name));

    public async Task<IReadOnlyList<FactView>> ListFactsAsync(FactKind? kind, AccessContext access, CancellationToken ct = default)
    {
        await using var connection = await OpenConnectionAsync(ct);
        // Which fact replaced which is worked out over the facts this audience may see, never over all of them.
        await using var command = Command(connection, $"""
            WITH {AudienceCte},
            closed_tickets AS (
                -- When a ticket a message mentions was closed, for tickets the audience may see.
                SELECT tm.item_id AS mention_id,
                    max(coalesce(b.resolved_utc, (SELECT max(bs.since_utc) FROM backlog_status bs WHERE bs.item_id = b.item_id), b.updated_utc)) AS closed_utc
                FROM ticket_mentions tm JOIN backlog_items b ON b.key = tm.key JOIN items i ON i.id = b.item_id
                WHERE lower(b.status) IN ('done', 'closed', 'resolved', 'complete', 'completed', 'fixed', 'released') AND {EligibleItem}
                GROUP BY tm.item_id),
            visible AS (
                SELECT f.*,
                    CASE WHEN f.kind IN (SELECT value FROM json_each($evidence)) THEN NULL ELSE lead(f.id) OVER subject END AS next_id,
                    CASE WHEN f.kind IN (SELECT value FROM json_each($evidence)) THEN NULL ELSE lead(f.valid_from_utc) OVER subject END AS next_from
                FROM facts f JOIN items i ON i.id = f.item_id
                WHERE ($kind IS NULL OR f.kind = $kind) AND i.indexed = 1 AND {EligibleItem}
                WINDOW subject AS (PARTITION BY f.kind, f.subject_key ORDER BY f.valid_from_utc, f.id))
            SELECT {ItemColumns}, v.id, v.kind, v.subject, v.subject_key, v.value, v.person_id, coalesce(fp.username, fp.display_name),
                v.due_utc,
                -- An open action item whose message names a ticket is done once the backlog says the ticket is.
                CASE WHEN v.kind = 'action' AND v.status = 'open' AND ct.closed_utc >= v.valid_from_utc THEN 'done' ELSE v.status END,
                v.confidence, v.valid_from_utc, v.next_from, v.next_id, v.extractor
            FROM visible v JOIN items i ON i.id = v.item_id
            LEFT JOIN closed_tickets ct ON ct.mention_id = v.item_id
            {ItemJoins}
            LEFT JOIN people fp ON fp.id = v.person_id
            ORDER BY v.valid_from_utc, v.id
            """, await AccessAsync(connection, access, ct, ("$kind", kind is { } k ? FactKinds.Name(k) : null), ("$evidence", EvidenceKinds)));
        var facts = new List<FactView>();
        await using var r = await command.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            var item = ReadItem(r);
            var f = ItemColumnCount;
            DateTimeOffset? At(int i) => r.IsDBNull(i) ? null : Time.FromMicros(r.GetInt64(i), (int)item.Timestamp.Offset.TotalMinutes);
            facts.Add(new FactView(
                r.GetInt64(f), FactKinds.Parse(r.GetString(f + 1)), r.GetString(f + 2), r.GetString(f + 3), r.GetString(f + 4),
                r.IsDBNull(f + 5) ? null : r.GetInt64(f + 5), r.IsDBNull(f + 6) ? null : r.GetString(f + 6),
                At(f + 7), r.IsDBNull(f + 8) ? null : r.GetString(f + 8), r.GetDouble(f + 9), At(f + 10)!.Value, At(f + 11),
                r.IsDBNull(f + 12) ? null : r.GetInt64(f + 12), r.GetString(f + 13), item));
        }

        return facts;
    }
}
