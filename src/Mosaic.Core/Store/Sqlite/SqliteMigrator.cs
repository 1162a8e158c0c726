using System.Reflection;
using Microsoft.Data.Sqlite;

namespace Mosaic.Store.Sqlite;

/// Applies the numbered scripts in Sql/ that a database has not seen yet, each in its own transaction,
/// and records the schema number in PRAGMA user_version. A script may have a step in code that completes it in the
/// same transaction, for what SQL alone cannot work out.
internal static class SqliteMigrator
{
    private const string Prefix = "Mosaic.Store.Sqlite.Sql.";

    public static IReadOnlyList<(int Number, string Sql)> Scripts { get; } = LoadScripts();

    public static async Task MigrateAsync(SqliteConnection connection, string where, CancellationToken ct)
    {
        var current = Convert.ToInt32(await ScalarAsync(connection, "PRAGMA user_version", ct), System.Globalization.CultureInfo.InvariantCulture);
        var latest = Scripts[^1].Number;
        if (current > latest)
        {
            throw new MosaicException($"{where} has schema {current}, newer than this Mosaic knows ({latest}); use a newer Mosaic.");
        }

        foreach (var (number, sql) in Scripts.Where(s => s.Number > current))
        {
            await using var tx = await connection.BeginTransactionAsync(ct);
            await using var command = connection.CreateCommand();
            command.Transaction = (SqliteTransaction)tx;
            command.CommandText = sql + $"\nPRAGMA user_version = {number};";
            await command.ExecuteNonQueryAsync(ct);
            if (number == 9)
            {
                await FindMentionsAsync(connection, (SqliteTransaction)tx, ct);
            }

            await tx.CommitAsync(ct);
        }
    }

    /// Schema 9: the ticket keys that items already stored mention, as the write path finds them for new items.
    private static async Task FindMentionsAsync(SqliteConnection connection, SqliteTransaction tx, CancellationToken ct)
    {
        var found = new List<(string Key, long Item, string Project)>();
        await using (var read = connection.CreateCommand())
        {
            read.Transaction = tx;
            read.CommandText = "SELECT id, text FROM items WHERE indexed = 1 AND (text LIKE '%-%' OR text LIKE '%#%' OR text LIKE '%github.com/%')";
            await using var r = await read.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
            {
                found.AddRange(Domain.TicketKeys.In(r.GetString(1)).Select(k => (k.Key, r.GetInt64(0), k.Project)));
            }
        }

        await using var insert = connection.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText = "INSERT OR IGNORE INTO ticket_mentions(key, item_id, project) VALUES ($key, $item, $project)";
        var (key, item, project) = (insert.Parameters.Add("$key", SqliteType.Text), insert.Parameters.Add("$item", SqliteType.Integer), insert.Parameters.Add("$project", SqliteType.Text));
        foreach (var mention in found)
        {
            (key.Value, item.Value, project.Value) = (mention.Key, mention.Item, mention.Project);
            await insert.ExecuteNonQueryAsync(ct);
        }
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(ct);
    }

    private static List<(int, string)> LoadScripts()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var scripts = new List<(int, string)>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal)))
        {
            var file = name[Prefix.Length..];
            var number = int.Parse(file[..file.IndexOf('_', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            scripts.Add((number, reader.ReadToEnd()));
        }

        scripts.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        // Numbers are handed out to work in progress on several branches, so one may be missing until its branch is
        // merged (schema 11 while 12 is here). Two scripts with one number are always a mistake.
        for (var i = 0; i < scripts.Count; i++)
        {
            if (scripts[i].Item1 < 1 || (i > 0 && scripts[i].Item1 == scripts[i - 1].Item1))
            {
                throw new InvalidOperationException($"Migration scripts must have distinct numbers from 1; found {scripts[i].Item1} twice or out of range.");
            }
        }

        return scripts;
    }
}
