using System.Text.Json;
using Microsoft.Data.Sqlite;
using Mosaic.Domain;

namespace Mosaic.Store.Sqlite;

/// What live sources need beyond imports: removing items deleted at their source, and the inbox of received events.
public sealed partial class SqliteContentStore : IEventInbox
{
    private static readonly TimeSpan KeepAppliedIds = TimeSpan.FromDays(1);

    public async Task<int> RemoveAsync(string source, IReadOnlyList<string> nativeIds, CancellationToken ct = default)
    {
        var removed = await InWriteTransactionAsync(async (connection, tx) =>
        {
            var ids = new List<long>();
            await using (var command = Command(connection, "SELECT id FROM items WHERE source = $s AND native_id IN (SELECT value FROM json_each($n))",
                [("$s", source), ("$n", JsonSerializer.Serialize(nativeIds))]))
            {
                command.Transaction = tx;
                await using var r = await command.ExecuteReaderAsync(ct);
                while (await r.ReadAsync(ct))
                {
                    ids.Add(r.GetInt64(0));
                }
            }

            await DeleteItemsAsync(connection, tx, ids, ct);
            return ids.Count;
        }, ct, "PRAGMA secure_delete = ON;");

        if (removed > 0)
        {
            await DropOldPageImagesAsync(ct);
        }

        return removed;
    }

    /// Deletes items with what hangs off them: index entries, audit keys (the entry stays, "(forgotten)"), and the
    /// newest time of their conversations. Run with secure_delete on, so the freed bytes are zeroed.
    private static async Task<int> DeleteItemsAsync(SqliteConnection connection, SqliteTransaction tx, List<long> ids, CancellationToken ct)
    {
        async Task<int> Run(string sql, params (string, object?)[] parameters)
        {
            await using var command = Command(connection, sql, parameters);
            command.Transaction = tx;
            return await command.ExecuteNonQueryAsync(ct);
        }

        if (ids.Count == 0)
        {
            return 0;
        }

        var json = JsonSerializer.Serialize(ids);
        var touched = new List<long>();
        await using (var command = Command(connection, "SELECT DISTINCT conversation_id FROM items WHERE id IN (SELECT value FROM json_each($ids)) AND conversation_id IS NOT NULL", [("$ids", json)]))
        {
            command.Transaction = tx;
            await using var r = await command.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
            {
                touched.Add(r.GetInt64(0));
            }
        }

        var redacted = await Run("UPDATE audit_items SET item_key = NULL, item_id = NULL WHERE item_id IN (SELECT value FROM json_each($ids))", ("$ids", json));
        await Run("INSERT INTO items_fts(items_fts, rowid, text) SELECT 'delete', id, text FROM items WHERE id IN (SELECT value FROM json_each($ids)) AND indexed = 1", ("$ids", json));
        await Run("DELETE FROM items WHERE id IN (SELECT value FROM json_each($ids))", ("$ids", json));

        // The newest message of a conversation may have been one of them.
        await Run($"""
            UPDATE conversations SET newest_utc = (
                SELECT max(ts_utc) FROM items i WHERE i.conversation_id = conversations.id AND i.indexed = 1 AND {CountsForNow})
            WHERE id IN (SELECT value FROM json_each($ids))
            """, ("$ids", JsonSerializer.Serialize(touched)));
        return redacted;
    }

    /// The write-ahead log still holds images of pages as they were before a delete; a truncating checkpoint moves
    /// the current pages into the file and empties the log. Skipped while readers hold old pages (tried again next time).
    private async Task DropOldPageImagesAsync(CancellationToken ct)
    {
        if (_keepAlive is not null)
        {
            return;
        }

        await _writeLock.WaitAsync(ct);
        try
        {
            await using var connection = await OpenConnectionAsync(ct);
            await ExecuteAsync(connection, "PRAGMA wal_checkpoint(TRUNCATE);", ct);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public async Task<ConversationRecord?> FindConversationAsync(string source, string nativeId, CancellationToken ct = default)
    {
        await using var connection = await OpenConnectionAsync(ct);
        await using var command = Command(connection,
            "SELECT kind, name, topic, purpose, created_utc, archived FROM conversations WHERE source = $s AND native_id = $n",
            [("$s", source), ("$n", nativeId)]);
        await using var r = await command.ExecuteReaderAsync(ct);
        return await r.ReadAsync(ct)
            ? new ConversationRecord(source, nativeId, ParseKind(r.GetString(0)), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2),
                r.IsDBNull(3) ? null : r.GetString(3), r.IsDBNull(4) ? null : Time.FromMicros(r.GetInt64(4), 0), r.GetBoolean(5), null)
            : null;
    }

    /// How many stored items each of these native ids has: 1 each when every one arrived once. For checks that a
    /// delivery path stores what it acknowledged (`mosaic bench slack`); ids with no item are left out.
    public Task<IReadOnlyDictionary<string, int>> CountItemsAsync(string source, IReadOnlyList<string> nativeIds, CancellationToken ct = default) =>
        CountByIdAsync("SELECT native_id, count(*) FROM items WHERE source = $s AND native_id IN (SELECT value FROM json_each($ids)) GROUP BY native_id", source, nativeIds, ct);

    /// How many inbox rows each of these event ids has (applied ones are kept for a day); ids never received are left out.
    public Task<IReadOnlyDictionary<string, int>> CountReceivedAsync(string source, IReadOnlyList<string> eventIds, CancellationToken ct = default) =>
        CountByIdAsync("SELECT event_id, count(*) FROM inbox WHERE source = $s AND event_id IN (SELECT value FROM json_each($ids)) GROUP BY event_id", source, eventIds, ct);

    private async Task<IReadOnlyDictionary<string, int>> CountByIdAsync(string sql, string source, IReadOnlyList<string> ids, CancellationToken ct)
    {
        await using var connection = await OpenConnectionAsync(ct);
        await using var command = Command(connection, sql, [("$s", source), ("$ids", JsonSerializer.Serialize(ids))]);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var r = await command.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            counts[r.GetString(0)] = r.GetInt32(1);
        }

        return counts;
    }

    // ---------------------------------------------------------------- inbox

    /// Stored and synced to disk when the returned task completes, never before: the caller acknowledges the event
    /// then, and a sender told "received" never sends it again, so not even a power cut may lose it. Hence
    /// synchronous = FULL here, where the rest of the store settles for surviving a crash of the process. Events
    /// arriving together share one transaction and one sync (group commit): a transaction and a sync per event,
    /// each waiting its turn at the writer lock, tripled the median acknowledgement under 50 concurrent senders
    /// (docs/benchmarks.md, `mosaic bench slack`).
    public Task<bool> EnqueueAsync(string source, string eventId, string body, CancellationToken ct = default)
    {
        var arrival = new Arrival(source, eventId, body);
        lock (_arrivalsStart)
        {
            if (!_arrivals.Writer.TryWrite(arrival))
            {
                return Task.FromException<bool>(new ObjectDisposedException(nameof(SqliteContentStore)));
            }

            _committer ??= Task.Run(CommitArrivalsAsync, CancellationToken.None);
        }

        // A caller that stops waiting leaves its event to be stored all the same: unacknowledged, so Slack sends it
        // again, and the retry is recognised.
        return arrival.Stored.Task.WaitAsync(ct);
    }

    private sealed class Arrival(string source, string eventId, string body)
    {
        public string Source { get; } = source;

        public string EventId { get; } = eventId;

        public string Body { get; } = body;

        /// Completed after the commit, on another thread, so the committer never runs a caller's continuation.
        public TaskCompletionSource<bool> Stored { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// One transaction at most this large, so the worker's writes wait little behind a burst.
    private const int MaxArrivalsPerCommit = 256;

    private readonly System.Threading.Channels.Channel<Arrival> _arrivals =
        System.Threading.Channels.Channel.CreateUnbounded<Arrival>(new System.Threading.Channels.UnboundedChannelOptions { SingleReader = true });

    private readonly Lock _arrivalsStart = new();
    private Task? _committer;

    /// Runs from the first event until the store is disposed: takes whatever has arrived, writes it in one
    /// transaction, then tells each caller whether its event was new.
    private async Task CommitArrivalsAsync()
    {
        var batch = new List<Arrival>();
        while (await _arrivals.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxArrivalsPerCommit && _arrivals.Reader.TryRead(out var arrival))
            {
                batch.Add(arrival);
            }

            try
            {
                // Not any caller's token: the transaction holds other callers' events too.
                var added = await InWriteTransactionAsync(async (connection, tx) =>
                {
                    await using var command = Command(connection, """
                        INSERT INTO inbox(source, event_id, body, received_utc, due_utc) VALUES ($s, $e, $b, $now, $now)
                        ON CONFLICT(source, event_id) DO NOTHING
                        """, [("$s", ""), ("$e", ""), ("$b", ""), ("$now", 0L)]);
                    command.Transaction = tx;
                    var results = new bool[batch.Count];
                    for (var i = 0; i < batch.Count; i++)
                    {
                        command.Parameters["$s"].Value = batch[i].Source;
                        command.Parameters["$e"].Value = batch[i].EventId;
                        command.Parameters["$b"].Value = batch[i].Body;
                        command.Parameters["$now"].Value = Time.ToMicros(DateTimeOffset.UtcNow);
                        results[i] = await command.ExecuteNonQueryAsync(CancellationToken.None) == 1;
                    }

                    return results;
                }, CancellationToken.None, "PRAGMA synchronous = FULL;");
                for (var i = 0; i < batch.Count; i++)
                {
                    batch[i].Stored.TrySetResult(added[i]);
                }
            }
            catch (Exception failure)
            {
                // Nothing of the batch was stored; every caller answers with an error and Slack sends again.
                foreach (var arrival in batch)
                {
                    arrival.Stored.TrySetException(failure);
                }
            }

            batch.Clear();
        }
    }

    /// Lets the events already handed over be written, then ends the committer.
    private async Task StopCommitterAsync()
    {
        Task? committer;
        lock (_arrivalsStart)
        {
            _arrivals.Writer.TryComplete();
            committer = _committer;
        }

        if (committer is not null)
        {
            await committer;
        }
    }

    public async Task<IReadOnlyList<InboxEvent>> DueAsync(int max, CancellationToken ct = default)
    {
        await using var connection = await OpenConnectionAsync(ct);
        await using var command = Command(connection, """
            SELECT id, source, event_id, body, attempts, received_utc FROM inbox
            WHERE done_utc IS NULL AND due_utc <= $now ORDER BY id LIMIT $max
            """, [("$now", Time.ToMicros(DateTimeOffset.UtcNow)), ("$max", max)]);
        var list = new List<InboxEvent>();
        await using var r = await command.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            list.Add(new InboxEvent(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt32(4), Time.FromMicros(r.GetInt64(5), 0)));
        }

        return list;
    }

    public Task CompleteAsync(long id, CancellationToken ct = default) =>
        InWriteTransactionAsync(async (connection, tx) =>
        {
            var now = DateTimeOffset.UtcNow;
            await using var command = Command(connection, """
                UPDATE inbox SET body = '', done_utc = $now, error = NULL WHERE id = $id;
                DELETE FROM inbox WHERE done_utc IS NOT NULL AND error IS NULL AND done_utc < $old;
                """, [("$id", id), ("$now", Time.ToMicros(now)), ("$old", Time.ToMicros(now - KeepAppliedIds))]);
            command.Transaction = tx;
            return await command.ExecuteNonQueryAsync(ct);
        }, ct, "PRAGMA secure_delete = ON;");

    public Task FailAsync(long id, string error, DateTimeOffset? retryAt, CancellationToken ct = default) =>
        InWriteTransactionAsync(async (connection, tx) =>
        {
            await using var command = Command(connection, """
                UPDATE inbox SET attempts = attempts + 1, error = $error,
                    due_utc = coalesce($due, due_utc), done_utc = CASE WHEN $due IS NULL THEN $now END
                WHERE id = $id
                """, [("$id", id), ("$error", error), ("$due", retryAt is { } r ? Time.ToMicros(r) : null), ("$now", Time.ToMicros(DateTimeOffset.UtcNow))]);
            command.Transaction = tx;
            return await command.ExecuteNonQueryAsync(ct);
        }, ct);

    public async Task<(int Pending, int Failed)> CountAsync(CancellationToken ct = default)
    {
        await using var connection = await OpenConnectionAsync(ct);
        await using var command = Command(connection, """
            SELECT count(*) FILTER (WHERE done_utc IS NULL), count(*) FILTER (WHERE done_utc IS NOT NULL AND error IS NOT NULL) FROM inbox
            """, []);
        await using var r = await command.ExecuteReaderAsync(ct);
        await r.ReadAsync(ct);
        return (r.GetInt32(0), r.GetInt32(1));
    }
}
