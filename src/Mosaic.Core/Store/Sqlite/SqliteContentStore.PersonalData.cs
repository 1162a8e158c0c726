using System.Text.Json;
using Microsoft.Data.Sqlite;
using Mosaic.Domain;
using Mosaic.Permissions;

namespace Mosaic.Store.Sqlite;

public sealed partial class SqliteContentStore
{
    private const int MaxMentions = 1000;

    public async Task<PersonalData> GetAsync(long personId, CancellationToken ct = default)
    {
        var person = (await ListPeopleAsync(personId, ct)).SingleOrDefault(p => p.Id == personId)
            ?? throw new MosaicException($"No person with id {personId}.");
        var access = AccessContext.ForAsker(personId);
        await using var connection = await OpenConnectionAsync(ct);

        var sources = new List<PersonalSourceView>();
        await using (var command = Command(
            connection,
            """
            SELECT s.id, s.kind, s.label, s.added_utc, (SELECT count(*) FROM items WHERE source_id = s.id)
            FROM sources s WHERE s.owner_id = $p ORDER BY s.id
            """,
            [("$p", personId)]))
        await using (var r = await command.ExecuteReaderAsync(ct))
        {
            while (await r.ReadAsync(ct))
            {
                sources.Add(new PersonalSourceView(r.GetInt64(0), r.GetString(1), r.GetString(2), Time.FromMicros(r.GetInt64(3), 0), r.GetInt32(4)));
            }
        }

        var personal = await ItemsAsync(connection, access, "i.scope = 'personal' AND i.owner_id = $p", personId, int.MaxValue, ct);
        var authored = await ItemsAsync(connection, access, "i.scope <> 'personal' AND i.author_id = $p", personId, int.MaxValue, ct);
        var mentions = await ItemsAsync(
            connection, access,
            """
            (i.author_id IS NOT $p) AND (
                EXISTS (SELECT 1 FROM item_people ip WHERE ip.item_id = i.id AND ip.person_id = $p)
                OR i.text LIKE '%@' || (SELECT username FROM people WHERE id = $p) || '%')
            """,
            personId, MaxMentions, ct);

        // Messages they wrote where they may no longer look are held, and said to be, but not shown.
        await using (var elsewhere = Command(
            connection,
            $"WITH {AudienceCte} SELECT count(*) FROM items i WHERE i.scope = 'conversation' AND i.author_id = $p AND NOT {EligibleItem}",
            await AccessAsync(connection, access, ct, ("$p", personId))))
        {
            var authoredElsewhere = Convert.ToInt32(await elsewhere.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
            return new PersonalData(
                person, sources, personal, authored, authoredElsewhere, mentions,
                await MembershipsAsync(connection, personId, ct),
                await SharesAsync(connection, personId, ct),
                await ShownFromSliceOfAsync(personId, ct),
                Convert.ToInt32(await ScalarAsync(connection, "SELECT count(*) FROM audit WHERE asker_id = $p", ct, ("$p", personId)), System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// Items matching a condition, read for an audience like every other read.
    private async Task<List<ItemView>> ItemsAsync(SqliteConnection connection, AccessContext access, string condition, long personId, int limit, CancellationToken ct)
    {
        await using var command = Command(
            connection,
            $"""
             WITH {AudienceCte}
             SELECT {ItemColumns}, 0.0
             FROM items i
             {ItemJoins}
             WHERE {condition} AND {EligibleItem}
             ORDER BY i.ts_utc, i.id
             LIMIT $limit
             """,
            await AccessAsync(connection, access, ct, ("$p", personId), ("$limit", limit)));
        var items = new List<ItemView>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            items.Add(ReadItem(reader));
        }

        return items;
    }

    private static async Task<List<MembershipView>> MembershipsAsync(SqliteConnection connection, long personId, CancellationToken ct)
    {
        await using var command = Command(
            connection,
            """
            SELECT c.kind, c.name, m.left_utc IS NULL, m.joined_utc, m.left_utc
            FROM memberships m JOIN conversations c ON c.id = m.conversation_id
            WHERE m.person_id = $p ORDER BY c.name
            """,
            [("$p", personId)]);
        var list = new List<MembershipView>();
        await using var r = await command.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            var kind = ParseKind(r.GetString(0));
            list.Add(new MembershipView(
                Conversation.LabelFor(kind, r.GetString(1)), KindName(kind), r.GetBoolean(2),
                r.IsDBNull(3) ? null : Time.FromMicros(r.GetInt64(3), 0),
                r.IsDBNull(4) || r.GetInt64(4) == long.MaxValue ? null : Time.FromMicros(r.GetInt64(4), 0)));
        }

        return list;
    }

    private static async Task<List<ShareView>> SharesAsync(SqliteConnection connection, long personId, CancellationToken ct)
    {
        await using var command = Command(
            connection,
            """
            SELECT i.source || ':' || i.native_id, c.kind, c.name, s.shared_utc, s.undone_utc
            FROM shares s JOIN items i ON i.id = s.item_id JOIN conversations c ON c.id = s.conversation_id
            WHERE s.shared_by = $p ORDER BY s.shared_utc
            """,
            [("$p", personId)]);
        var list = new List<ShareView>();
        await using var r = await command.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            list.Add(new ShareView(
                r.GetString(0), Conversation.LabelFor(ParseKind(r.GetString(1)), r.GetString(2)), Time.FromMicros(r.GetInt64(3), 0),
                r.IsDBNull(4) ? null : Time.FromMicros(r.GetInt64(4), 0)));
        }

        return list;
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, sql, parameters);
        return await command.ExecuteScalarAsync(ct);
    }

    public async Task<ForgetResult> ForgetAsync(ForgetRequest request, CancellationToken ct = default)
    {
        // secure_delete zeroes what a delete frees; VACUUM afterwards rewrites the file without the freed pages, and
        // truncating the write-ahead log drops the old page images it still held.
        var result = await InWriteTransactionAsync((connection, tx) => ForgetInTransactionAsync(connection, tx, request, ct), ct, "PRAGMA secure_delete = ON;");
        await _writeLock.WaitAsync(ct);
        try
        {
            await using var connection = await OpenConnectionAsync(ct);
            await ExecuteAsync(connection, "PRAGMA secure_delete = ON; INSERT INTO items_fts(items_fts) VALUES ('optimize');", ct);
            if (_keepAlive is null)
            {
                await ExecuteAsync(connection, "PRAGMA wal_checkpoint(TRUNCATE); VACUUM; PRAGMA wal_checkpoint(TRUNCATE);", ct);
            }
        }
        finally
        {
            _writeLock.Release();
        }

        return result;
    }

    private static async Task<ForgetResult> ForgetInTransactionAsync(SqliteConnection connection, SqliteTransaction tx, ForgetRequest request, CancellationToken ct)
    {
        async Task<object?> Scalar(string sql, params (string, object?)[] parameters)
        {
            await using var command = Command(connection, sql, parameters);
            command.Transaction = tx;
            return await command.ExecuteScalarAsync(ct);
        }

        async Task<int> Run(string sql, params (string, object?)[] parameters)
        {
            await using var command = Command(connection, sql, parameters);
            command.Transaction = tx;
            return await command.ExecuteNonQueryAsync(ct);
        }

        var p = request.PersonId;
        var targets = new List<(long Id, string Source, string NativeId)>();
        async Task Collect(string condition, params (string, object?)[] parameters)
        {
            await using var command = Command(connection, $"SELECT id, source, native_id FROM items i WHERE {condition}", [("$p", p), .. parameters]);
            command.Transaction = tx;
            await using var r = await command.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
            {
                targets.Add((r.GetInt64(0), r.GetString(1), r.GetString(2)));
            }
        }

        if (request.SourceId is { } sourceId)
        {
            if (await Scalar("SELECT 1 FROM sources WHERE id = $s AND owner_id = $p", ("$s", sourceId), ("$p", p)) is null)
            {
                throw new MosaicException($"You have no personal source {sourceId}; `mosaic me` lists yours.");
            }

            await Collect("i.source_id = $s AND i.owner_id = $p", ("$s", sourceId));
        }
        else if (request.WholePersonalSlice)
        {
            await Collect("i.scope = 'personal' AND i.owner_id = $p");
        }
        else
        {
            var unknown = new List<string>();
            foreach (var itemId in request.ItemIds.Distinct(StringComparer.Ordinal))
            {
                var (source, nativeId) = ParseItemId(itemId);
                var before = targets.Count;
                await Collect(
                    "i.source = $s AND i.native_id = $n AND ((i.scope = 'personal' AND i.owner_id = $p) OR (i.scope <> 'personal' AND i.author_id = $p))",
                    ("$s", source), ("$n", nativeId));
                if (targets.Count == before)
                {
                    unknown.Add(itemId);
                }
            }

            if (unknown.Count > 0)
            {
                throw new MosaicException(
                    $"Not in your personal slice nor among your messages: {string.Join(", ", unknown)}. Nothing was forgotten.");
            }
        }

        var now = Time.ToMicros(DateTimeOffset.UtcNow);
        foreach (var (_, source, nativeId) in targets)
        {
            await Run("INSERT OR IGNORE INTO forgotten(digest, forgotten_utc) VALUES ($d, $now)", ("$d", ContentHash.Forgotten(source, nativeId)), ("$now", now));
        }

        var redacted = await DeleteItemsAsync(connection, tx, targets.Select(t => t.Id).ToList(), ct);

        var links = 0;
        var sources = 0;
        if (request.SourceId is { } forgottenSource)
        {
            links = await Run("DELETE FROM identities WHERE source_id = $s", ("$s", forgottenSource));
            sources = await Run("DELETE FROM sources WHERE id = $s", ("$s", forgottenSource));
        }
        else if (request.WholePersonalSlice)
        {
            links = await Run("DELETE FROM identities WHERE owner_id = $p", ("$p", p));
            sources = await Run("DELETE FROM sources WHERE owner_id = $p", ("$p", p));
        }

        return new ForgetResult(targets.Count, sources, links, redacted);
    }
}
