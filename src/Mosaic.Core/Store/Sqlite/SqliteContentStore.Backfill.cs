using System.Text.Json;
using Microsoft.Data.Sqlite;
using Mosaic.Domain;

namespace Mosaic.Store.Sqlite;

/// Where backfills got to (schema 7's backfill_steps).
public sealed partial class SqliteContentStore : IBackfillState
{
    private const string RunStep = "run";

    /// A finished step starts a new pass from the newest ts it stored; an unfinished one is left as it is.
    private const string RestartPass = "done = 0, cursor = NULL, oldest = newest, updated_utc = $now";

    public Task<bool> BeginRunAsync(string source, string restartPrefix, CancellationToken ct = default) =>
        InWriteTransactionAsync(async (connection, tx) =>
        {
            var now = Time.ToMicros(DateTimeOffset.UtcNow);
            await using (var find = Command(connection, "SELECT done FROM backfill_steps WHERE source = $s AND step = $run", [("$s", source), ("$run", RunStep)]))
            {
                find.Transaction = tx;
                if (await find.ExecuteScalarAsync(ct) is 0L)
                {
                    return true;
                }
            }

            await using var start = Command(connection, $"""
                UPDATE backfill_steps SET {RestartPass}
                WHERE source = $s AND done = 1 AND step >= $from AND step < $to;
                INSERT INTO backfill_steps(source, step, done, updated_utc) VALUES ($s, $run, 0, $now)
                ON CONFLICT(source, step) DO UPDATE SET done = 0, updated_utc = $now;
                """, [("$s", source), ("$run", RunStep), ("$now", now), ("$from", restartPrefix), ("$to", PrefixEnd(restartPrefix))]);
            start.Transaction = tx;
            await start.ExecuteNonQueryAsync(ct);
            return false;
        }, ct);

    public Task EndRunAsync(string source, CancellationToken ct = default) =>
        InWriteTransactionAsync(async (connection, tx) =>
        {
            await using var command = Command(connection, "UPDATE backfill_steps SET done = 1, updated_utc = $now WHERE source = $s AND step = $run",
                [("$s", source), ("$run", RunStep), ("$now", Time.ToMicros(DateTimeOffset.UtcNow))]);
            command.Transaction = tx;
            return await command.ExecuteNonQueryAsync(ct);
        }, ct);

    public async Task<BackfillStep?> GetStepAsync(string source, string step, CancellationToken ct = default)
    {
        await using var connection = await OpenConnectionAsync(ct);
        await using var command = Command(connection, "SELECT step, cursor, oldest, newest, done FROM backfill_steps WHERE source = $s AND step = $step",
            [("$s", source), ("$step", step)]);
        await using var r = await command.ExecuteReaderAsync(ct);
        return await r.ReadAsync(ct) ? ReadStep(r) : null;
    }

    public Task SaveStepAsync(string source, BackfillStep step, IReadOnlyList<string> next, CancellationToken ct = default) =>
        InWriteTransactionAsync(async (connection, tx) =>
        {
            await using var command = Command(connection, $"""
                INSERT INTO backfill_steps(source, step, cursor, oldest, newest, done, updated_utc) VALUES ($s, $step, $cursor, $oldest, $newest, $done, $now)
                ON CONFLICT(source, step) DO UPDATE SET cursor = excluded.cursor, oldest = excluded.oldest, newest = excluded.newest,
                    done = excluded.done, updated_utc = excluded.updated_utc;
                INSERT INTO backfill_steps(source, step, done, updated_utc) SELECT $s, value, 0, $now FROM json_each($next) WHERE true
                ON CONFLICT(source, step) DO UPDATE SET {RestartPass} WHERE done = 1;
                """,
                [("$s", source), ("$step", step.Name), ("$cursor", step.Cursor), ("$oldest", step.Oldest), ("$newest", step.Newest), ("$done", step.Done),
                 ("$next", JsonSerializer.Serialize(next)), ("$now", Time.ToMicros(DateTimeOffset.UtcNow))]);
            command.Transaction = tx;
            return await command.ExecuteNonQueryAsync(ct);
        }, ct);

    public async Task<IReadOnlyList<BackfillStep>> PendingStepsAsync(string source, string prefix, CancellationToken ct = default)
    {
        await using var connection = await OpenConnectionAsync(ct);
        await using var command = Command(connection, """
            SELECT step, cursor, oldest, newest, done FROM backfill_steps
            WHERE source = $s AND done = 0 AND step >= $from AND step < $to ORDER BY step
            """, [("$s", source), ("$from", prefix), ("$to", PrefixEnd(prefix))]);
        var steps = new List<BackfillStep>();
        await using var r = await command.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            steps.Add(ReadStep(r));
        }

        return steps;
    }

    private static BackfillStep ReadStep(SqliteDataReader r) =>
        new(r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.GetBoolean(4));

    /// The first name after every name that begins with prefix, so a prefix is a range of the primary key (LIKE would
    /// read '_' in an id as a wildcard, and a function of the name would not use the index).
    private static string PrefixEnd(string prefix) => prefix.Length == 0 ? "\uffff" : prefix[..^1] + (char)(prefix[^1] + 1);
}
