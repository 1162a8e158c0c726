using Microsoft.Data.Sqlite;
using Mosaic.Domain;

namespace Mosaic.Store.Sqlite;

public sealed partial class SqliteContentStore
{
    public Task<bool> ShareAsync(string itemId, long ownerId, long conversationId, CancellationToken ct = default) =>
        InWriteTransactionAsync(async (connection, tx) =>
        {
            var item = await OwnedItemAsync(connection, tx, itemId, ownerId, ct);
            await using (var member = Command(connection, "SELECT 1 FROM memberships WHERE conversation_id = $c AND person_id = $p AND left_utc IS NULL", [("$c", conversationId), ("$p", ownerId)]))
            {
                member.Transaction = tx;
                if (await member.ExecuteScalarAsync(ct) is null)
                {
                    throw new MosaicException("You can share only into a conversation you belong to.");
                }
            }

            await using var insert = Command(
                connection,
                """
                INSERT INTO shares(item_id, conversation_id, shared_by, shared_utc)
                SELECT $item, $c, $p, $now
                WHERE NOT EXISTS (SELECT 1 FROM shares WHERE item_id = $item AND conversation_id = $c AND undone_utc IS NULL)
                """,
                [("$item", item), ("$c", conversationId), ("$p", ownerId), ("$now", Time.ToMicros(DateTimeOffset.UtcNow))]);
            insert.Transaction = tx;
            return await insert.ExecuteNonQueryAsync(ct) == 1;
        }, ct);

    public Task<bool> UnshareAsync(string itemId, long ownerId, long conversationId, CancellationToken ct = default) =>
        InWriteTransactionAsync(async (connection, tx) =>
        {
            var item = await OwnedItemAsync(connection, tx, itemId, ownerId, ct);
            await using var update = Command(
                connection,
                "UPDATE shares SET undone_utc = $now WHERE item_id = $item AND conversation_id = $c AND undone_utc IS NULL",
                [("$item", item), ("$c", conversationId), ("$now", Time.ToMicros(DateTimeOffset.UtcNow))]);
            update.Transaction = tx;
            return await update.ExecuteNonQueryAsync(ct) > 0;
        }, ct);

    /// The row of a personal item that belongs to the owner. Someone else's item reads exactly like a missing
    /// one, so the answer says nothing about other people's slices.
    private static async Task<long> OwnedItemAsync(SqliteConnection connection, SqliteTransaction tx, string itemId, long ownerId, CancellationToken ct)
    {
        var (source, nativeId) = ParseItemId(itemId);
        await using var find = Command(
            connection,
            "SELECT id FROM items WHERE source = $s AND native_id = $n AND scope = 'personal' AND owner_id = $o",
            [("$s", source), ("$n", nativeId), ("$o", ownerId)]);
        find.Transaction = tx;
        return await find.ExecuteScalarAsync(ct) as long?
            ?? throw new MosaicException($"No item {itemId} in your personal slice. `mosaic me --as YOU` lists your sources; ids come from `mosaic search` and `mosaic ask`.");
    }
}
