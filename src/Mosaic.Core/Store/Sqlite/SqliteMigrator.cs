using System.Reflection;
using Microsoft.Data.Sqlite;

namespace Mosaic.Store.Sqlite;

/// Applies the numbered scripts in Sql/ that a database has not seen yet, each in its own transaction,
/// and records the schema number in PRAGMA user_version.
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
            await tx.CommitAsync(ct);
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
        for (var i = 0; i < scripts.Count; i++)
        {
            if (scripts[i].Item1 != i + 1)
            {
                throw new InvalidOperationException($"Migration scripts must be numbered 1..n without gaps; found {scripts[i].Item1} at place {i + 1}.");
            }
        }

        return scripts;
    }
}
