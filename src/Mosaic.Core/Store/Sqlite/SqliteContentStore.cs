using System.Text.Json;
using Microsoft.Data.Sqlite;
using Mosaic.Domain;
using Mosaic.Permissions;

namespace Mosaic.Store.Sqlite;

/// The embedded store: one SQLite file in WAL mode. Writes go through one writer at a time (in this
/// process by a lock, across processes by BEGIN IMMEDIATE); reads each take their own pooled connection.
/// All of this engine's SQL lives here and in Sql/.
public sealed partial class SqliteContentStore : IContentStore, IDirectory, ISharing, IAuditLog, IPersonalData, IBacklog
{
    private readonly string _connectionString;
    private readonly SqliteConnection? _keepAlive;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, long> _frequencies = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(long Asker, long? ShownIn), (long Version, string Visible)> _visible = new();

    private SqliteContentStore(string connectionString, SqliteConnection? keepAlive)
    {
        _connectionString = connectionString;
        _keepAlive = keepAlive;
    }

    public string Where { get; private init; } = "";

    /// Opens (creating if needed) the database file and brings its schema up to date.
    public static async Task<SqliteContentStore> OpenAsync(string path, CancellationToken ct = default)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new MosaicException($"{full} is a folder; --db needs a database file path.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        var store = new SqliteContentStore(connectionString, null) { Where = full };
        await store.InitialiseAsync(wal: true, ct);
        return store;
    }

    /// A private in-memory database that lives as long as the store; for tests and throwaway work.
    public static async Task<SqliteContentStore> OpenInMemoryAsync(CancellationToken ct = default)
    {
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = $"mosaic-{Guid.NewGuid():N}",
            Mode = SqliteOpenMode.Memory,
            Cache = SqliteCacheMode.Shared,
        }.ToString();
        var keepAlive = new SqliteConnection(connectionString);
        await keepAlive.OpenAsync(ct);

        // Copying a migrated template is far cheaper than migrating every new database.
        var template = await EmptyTemplateAsync(ct);
        lock (template)
        {
            template.BackupDatabase(keepAlive);
        }

        return new SqliteContentStore(connectionString, keepAlive) { Where = "memory" };
    }

    private static readonly SemaphoreSlim TemplateLock = new(1, 1);
    private static SqliteConnection? _template;

    private static async Task<SqliteConnection> EmptyTemplateAsync(CancellationToken ct)
    {
        if (Volatile.Read(ref _template) is { } ready)
        {
            return ready;
        }

        await TemplateLock.WaitAsync(ct);
        try
        {
            if (_template is null)
            {
                var template = new SqliteConnection("Data Source=:memory:");
                await template.OpenAsync(ct);
                await SqliteMigrator.MigrateAsync(template, "memory", ct);
                Volatile.Write(ref _template, template);
            }

            return _template;
        }
        finally
        {
            TemplateLock.Release();
        }
    }

    private async Task InitialiseAsync(bool wal, CancellationToken ct)
    {
        try
        {
            await using var connection = await OpenConnectionAsync(ct);
            if (wal)
            {
                await ExecuteAsync(connection, "PRAGMA journal_mode = WAL;", ct);
            }

            await SqliteMigrator.MigrateAsync(connection, Where, ct);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 26 or 11)
        {
            throw new MosaicException($"{Where} is not a Mosaic database, or it is damaged ({e.Message.TrimEnd('.')}).", e);
        }
    }

    private async Task<SqliteConnection> OpenConnectionAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(ct);
        await ExecuteAsync(connection, "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -32768;", ct);
        return connection;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        await StopCommitterAsync();
        if (_keepAlive is not null)
        {
            await _keepAlive.DisposeAsync();
        }

        _writeLock.Dispose();
    }

    // ---------------------------------------------------------------- writes

    public Task<WriteResult> WriteAsync(ImportBatch batch, CancellationToken ct = default) =>
        InWriteTransactionAsync((connection, tx) => new BatchWriter(connection, tx).WriteAsync(batch, ct), ct);

    /// Runs work as the one writer, in one immediate transaction: all of it commits or none of it does.
    private async Task<T> InWriteTransactionAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken ct, string pragmas = "")
    {
        await _writeLock.WaitAsync(ct);
        try
        {
            await using var connection = await OpenConnectionAsync(ct);
            if (pragmas.Length > 0)
            {
                await ExecuteAsync(connection, pragmas, ct);
            }

            await using var tx = connection.BeginTransaction(deferred: false);
            var result = await work(connection, tx);
            await tx.CommitAsync(ct);
            _frequencies.Clear();
            return result;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// "{source}:{native id}" taken apart; anything else is not an item id.
    private static (string Source, string NativeId) ParseItemId(string itemId)
    {
        var colon = itemId.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && colon < itemId.Length - 1
            ? (itemId[..colon], itemId[(colon + 1)..])
            : throw new MosaicException($"\"{itemId}\" is not an item id; ids look like slack:C08J51D3E4F/1758701700.000100 or mail:U08J4KX2N7M/<message-id>.");
    }

    /// One batch's statements, prepared once and rebound for every record.
    private sealed partial class BatchWriter(SqliteConnection connection, SqliteTransaction tx)
    {
        private readonly Dictionary<PersonRef, long> _people = [];
        private readonly Dictionary<(string, string), long> _conversations = [];

        public async Task<WriteResult> WriteAsync(ImportBatch batch, CancellationToken ct)
        {
            if (batch.Workspace is { } workspace)
            {
                await RunAsync(
                    """
                    INSERT INTO workspace(id, team_id, name, url) VALUES (1, $team, $name, $url)
                    ON CONFLICT(id) DO UPDATE SET team_id = coalesce(excluded.team_id, team_id),
                        name = coalesce(excluded.name, name), url = coalesce(excluded.url, url)
                    """,
                    ct, ("$team", workspace.TeamId), ("$name", workspace.Name), ("$url", workspace.Url));
            }

            var peopleAdded = 0;
            foreach (var person in batch.People)
            {
                peopleAdded += await UpsertPersonAsync(person, ct) ? 1 : 0;
            }

            var conversationsAdded = 0;
            foreach (var conversation in batch.Conversations)
            {
                conversationsAdded += await UpsertConversationAsync(conversation, ct) ? 1 : 0;
            }

            foreach (var membership in batch.MembershipEvents)
            {
                await RunAsync(
                    """
                    INSERT INTO memberships(conversation_id, person_id, joined_utc, left_utc, changed_utc)
                    SELECT $c, $p, CASE WHEN $joined THEN $at END, CASE WHEN $joined THEN NULL ELSE $at END, $at
                    FROM conversations WHERE id = $c AND (members_listed = 0 OR $live)
                    ON CONFLICT(conversation_id, person_id) DO UPDATE SET
                        joined_utc = CASE WHEN $joined THEN $at ELSE joined_utc END,
                        left_utc = CASE WHEN $joined THEN NULL ELSE $at END,
                        changed_utc = $at
                    WHERE memberships.changed_utc < $at OR ($live AND memberships.changed_utc = $listed)
                    """,
                    ct,
                    ("$c", await ConversationIdAsync(membership.Source, membership.ConversationNativeId, batch.Label, ct)),
                    ("$p", await PersonIdAsync(membership.Person, batch.Label, ct)),
                    ("$joined", membership.Joined),
                    ("$live", membership.Live),
                    ("$listed", long.MaxValue),
                    ("$at", Time.ToMicros(membership.At)));
            }

            long? sourceId = null;
            if (batch.Source is { } source)
            {
                sourceId = (long)(await ScalarAsync(
                    """
                    INSERT INTO sources(kind, owner_id, label, added_utc) VALUES ($kind, $owner, $label, $now)
                    ON CONFLICT(kind, owner_id, label) DO UPDATE SET kind = excluded.kind
                    RETURNING id
                    """,
                    ct, ("$kind", source.Kind), ("$owner", await PersonIdAsync(source.Owner, batch.Label, ct)), ("$label", source.Label),
                    ("$now", Time.ToMicros(DateTimeOffset.UtcNow))))!;
            }

            foreach (var link in batch.Links)
            {
                long? owner = link.Owner is { } o ? await PersonIdAsync(o, batch.Label, ct) : null;
                await LinkAsync(await PersonIdAsync(link.Person, batch.Label, ct), link.Identity, owner, owner is null ? null : sourceId, ct);
            }

            var (added, updated, unchanged, forgotten) = await WriteItemsAsync(batch, sourceId, ct);
            await WriteBacklogAsync(batch.Backlog, ct);
            return new WriteResult(added, updated, unchanged, peopleAdded, conversationsAdded, forgotten);
        }

        private async Task<bool> UpsertPersonAsync(PersonRecord person, CancellationToken ct)
        {
            var existing = await FindPersonAsync(person.Key, ct);
            var added = existing is null;
            long id;
            if (existing is { } found)
            {
                id = found;
                if (!person.IsPlaceholder)
                {
                    await RunAsync(
                        """
                        UPDATE people SET display_name = $display, username = $username, real_name = $real, title = $title,
                            time_zone = $tz, is_bot = $bot, is_placeholder = 0
                        WHERE id = $id
                        """,
                        ct, ("$display", person.DisplayName), ("$username", person.Username), ("$real", person.RealName),
                        ("$title", person.Title), ("$tz", person.TimeZone), ("$bot", person.IsBot), ("$id", id));
                }
            }
            else
            {
                id = (long)(await ScalarAsync(
                    """
                    INSERT INTO people(display_name, username, real_name, title, time_zone, is_bot, is_placeholder)
                    VALUES ($display, $username, $real, $title, $tz, $bot, $placeholder) RETURNING id
                    """,
                    ct, ("$display", person.DisplayName), ("$username", person.Username), ("$real", person.RealName),
                    ("$title", person.Title), ("$tz", person.TimeZone), ("$bot", person.IsBot), ("$placeholder", person.IsPlaceholder)))!;
            }

            foreach (var identity in person.Identities.Prepend(new Identity(person.Key.Kind, person.Key.Value)))
            {
                await LinkAsync(id, identity, null, null, ct);
            }

            _people[person.Key] = id;
            return added;
        }

        private async Task LinkAsync(long personId, Identity identity, long? ownerId, long? sourceId, CancellationToken ct)
        {
            if (string.IsNullOrWhiteSpace(identity.Value) || identity.Kind == IdentityKind.MosaicId)
            {
                return;
            }

            await RunAsync(
                """
                INSERT INTO identities(kind, value, person_id, owner_id, origin, confidence, source_id)
                VALUES ($kind, $value, $person, $owner, $origin, $confidence, $source)
                ON CONFLICT(kind, value, person_id, ifnull(owner_id, 0)) DO UPDATE SET
                    origin = CASE WHEN excluded.confidence > confidence THEN excluded.origin ELSE origin END,
                    confidence = max(confidence, excluded.confidence)
                """,
                ct, ("$kind", identity.Kind.ToString()), ("$value", identity.Value.Trim()), ("$person", personId), ("$owner", ownerId),
                ("$origin", identity.Origin), ("$confidence", identity.Confidence), ("$source", sourceId));
        }

        private async Task<long?> FindPersonAsync(PersonRef key, CancellationToken ct)
        {
            if (_people.TryGetValue(key, out var cached))
            {
                return cached;
            }

            // Only links everyone may see identify a person for an import; private links are the owner's alone.
            var id = key.Kind == IdentityKind.MosaicId
                ? await ScalarAsync("SELECT id FROM people WHERE id = $id", ct, ("$id", long.Parse(key.Value, System.Globalization.CultureInfo.InvariantCulture)))
                : await ScalarAsync(
                    "SELECT person_id FROM identities WHERE kind = $kind AND value = $value AND owner_id IS NULL ORDER BY origin = 'map' DESC, confidence DESC, person_id LIMIT 1",
                    ct, ("$kind", key.Kind.ToString()), ("$value", key.Value));
            if (id is long found)
            {
                _people[key] = found;
                return found;
            }

            return null;
        }

        private async Task<long> PersonIdAsync(PersonRef key, string label, CancellationToken ct) =>
            await FindPersonAsync(key, ct) ?? throw new MosaicException($"{label}: refers to a person Mosaic does not know ({key}).");

        private async Task<bool> UpsertConversationAsync(ConversationRecord conversation, CancellationToken ct)
        {
            var existed = await ScalarAsync(
                "SELECT id FROM conversations WHERE source = $source AND native_id = $native",
                ct, ("$source", conversation.Source), ("$native", conversation.NativeId)) is long;
            var id = (long)(await ScalarAsync(
                """
                INSERT INTO conversations(source, native_id, kind, name, topic, purpose, created_utc, archived, members_listed)
                VALUES ($source, $native, $kind, $name, $topic, $purpose, $created, $archived, $listed)
                ON CONFLICT(source, native_id) DO UPDATE SET kind = excluded.kind, name = excluded.name, topic = excluded.topic,
                    purpose = excluded.purpose, created_utc = coalesce(excluded.created_utc, created_utc), archived = excluded.archived,
                    members_listed = max(members_listed, excluded.members_listed)
                RETURNING id
                """,
                ct, ("$source", conversation.Source), ("$native", conversation.NativeId), ("$kind", KindName(conversation.Kind)),
                ("$name", conversation.Name), ("$topic", conversation.Topic), ("$purpose", conversation.Purpose),
                ("$created", conversation.Created is { } c ? Time.ToMicros(c) : null), ("$archived", conversation.Archived),
                ("$listed", conversation.Members is not null)))!;
            _conversations[(conversation.Source, conversation.NativeId)] = id;

            if (conversation.Members is { } members)
            {
                var ids = new List<long>();
                foreach (var member in members)
                {
                    ids.Add(await PersonIdAsync(member, $"members of {conversation.Name}", ct));
                }

                var json = JsonSerializer.Serialize(ids);
                await RunAsync(
                    """
                    UPDATE memberships SET left_utc = coalesce(left_utc, $now), changed_utc = $latest
                    WHERE conversation_id = $c AND person_id NOT IN (SELECT value FROM json_each($ids))
                    """,
                    ct, ("$c", id), ("$ids", json), ("$now", Time.ToMicros(DateTimeOffset.UtcNow)), ("$latest", long.MaxValue));
                await RunAsync(
                    """
                    INSERT INTO memberships(conversation_id, person_id, joined_utc, left_utc, changed_utc)
                    SELECT $c, value, NULL, NULL, $latest FROM json_each($ids) WHERE true
                    ON CONFLICT(conversation_id, person_id) DO UPDATE SET left_utc = NULL, changed_utc = $latest
                    """,
                    ct, ("$c", id), ("$ids", json), ("$latest", long.MaxValue));
            }

            return !existed;
        }

        private async Task<long> ConversationIdAsync(string source, string nativeId, string label, CancellationToken ct)
        {
            if (_conversations.TryGetValue((source, nativeId), out var cached))
            {
                return cached;
            }

            var id = await ScalarAsync(
                "SELECT id FROM conversations WHERE source = $source AND native_id = $native",
                ct, ("$source", source), ("$native", nativeId)) as long?
                ?? throw new MosaicException($"{label}: refers to a conversation Mosaic does not know ({source} {nativeId}).");
            _conversations[(source, nativeId)] = id;
            return id;
        }

        private sealed record Pending(ItemRecord Item, string Hash, long Id, long? ConversationId, long? OwnerId, long? AuthorId)
        {
            public int? Position { get; set; }

            public (long?, long?, string, string)? Thread => Item.ThreadRef is { } t ? (ConversationId, OwnerId, Item.Source, t) : null;
        }


        private static readonly string[] WrittenColumns =
        [
            "id", "source", "native_id", "ref", "scope", "conversation_id", "owner_id", "author_id", "ts_utc", "utc_offset_min", "thread_ref",
            "position", "kind", "text", "indexed", "files", "reactions", "reply_count", "edited_utc", "content_hash", "source_id", "author_label", "title", "url",
        ];

        private async Task<(int Added, int Updated, int Unchanged, int Forgotten)> WriteItemsAsync(ImportBatch batch, long? sourceId, CancellationToken ct)
        {
            if (batch.Items.Count == 0)
            {
                return (0, 0, 0, 0);
            }

            // 1. Every item is first taken for new, with a row id handed out here (the writer holds the only write
            //    transaction). The insert itself finds the ones already stored: looking them all up first would
            //    cost a second probe of the same index for every item of a fresh import.
            var nextId = (long)(await ScalarAsync("SELECT coalesce(max(id), 0) + 1 FROM items", ct))!;
            var anyForgotten = await ScalarAsync("SELECT EXISTS (SELECT 1 FROM forgotten)", ct) is 1L;
            await using var isForgotten = Prepare("SELECT 1 FROM forgotten WHERE digest = $digest", "$digest");
            var candidates = new List<Pending>();
            var inBatch = new Dictionary<(string, string), int>();
            var forgotten = 0;
            foreach (var item in batch.Items)
            {
                if (anyForgotten)
                {
                    isForgotten.Parameters["$digest"].Value = ContentHash.Forgotten(item.Source, item.NativeId);
                    if (await isForgotten.ExecuteScalarAsync(ct) is not null)
                    {
                        forgotten++;
                        continue;
                    }
                }

                var pending = new Pending(
                    item, ContentHash.Of(item), nextId,
                    item.Scope.Kind == ScopeKind.Conversation ? await ConversationIdAsync(item.Scope.Source!, item.Scope.ConversationNativeId!, batch.Label, ct) : null,
                    item.Scope.Owner is { } owner ? await PersonIdAsync(owner, batch.Label, ct) : null,
                    item.Author is { } author ? await PersonIdAsync(author, batch.Label, ct) : null);

                // The same item twice in one batch: the later one is what the source says now.
                if (inBatch.TryGetValue((item.Source, item.NativeId), out var earlier))
                {
                    candidates[earlier] = pending with { Id = candidates[earlier].Id };
                    continue;
                }

                inBatch[(item.Source, item.NativeId)] = candidates.Count;
                candidates.Add(pending);
                nextId++;
            }

            // 2. Thread positions: a reply that arrives after everything already in its thread (the usual case) gets
            //    its position now; a thread that gains an earlier item is renumbered after.
            var renumber = new HashSet<(long?, long?, string, string)>();
            await using var threadState = Prepare($"SELECT count(*), max(ts_utc) FROM items i WHERE {InThread}", "$c", "$o", "$s", "$t");
            foreach (var thread in candidates.Where(i => i.Thread is not null).GroupBy(i => i.Thread!.Value))
            {
                BindThread(threadState, thread.Key);
                long count;
                long? latest;
                await using (var reader = await threadState.ExecuteReaderAsync(ct))
                {
                    await reader.ReadAsync(ct);
                    (count, latest) = (reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetInt64(1));
                }

                var ordered = thread.OrderBy(i => Time.ToMicros(i.Item.Timestamp)).ThenBy(i => i.Id).ToList();
                if (latest is null || Time.ToMicros(ordered[0].Item.Timestamp) >= latest)
                {
                    for (var i = 0; i < ordered.Count; i++)
                    {
                        ordered[i].Position = (int)count + i;
                    }
                }
                else
                {
                    renumber.Add(thread.Key);
                }
            }

            // 3. New items, and their index entries. New rows hold every id from the first new one up, so one
            //    statement indexes them all without passing each text back through the driver.
            var (inserts, existing) = await InsertItemsAsync(candidates, sourceId, ct);
            if (inserts.Count > 0)
            {
                await RunAsync("INSERT INTO items_fts(rowid, text) SELECT id, text FROM items WHERE id >= $first AND indexed = 1", ct, ("$first", inserts[0].Id));
            }

            // 4. Items already stored: unchanged ones are left alone; a changed one is updated in place, and what the
            //    index holds for its old text goes first, since the index keeps no text of its own.
            var stored = await StoredHashesAsync(existing.Select(e => e.Item).ToList(), ct);
            var updates = new List<Pending>();
            foreach (var e in existing)
            {
                var (storedId, storedHash) = stored[(e.Item.Source, e.Item.NativeId)];
                if (storedHash != e.Hash)
                {
                    updates.Add(e with { Id = storedId });
                }
            }

            // A thread that had a stored item among the batch's was numbered as if all were new.
            var inserted = inserts.Where(i => i.Thread is not null).Select(i => i.Thread!.Value).ToHashSet();
            renumber.UnionWith(existing.Where(e => e.Thread is { } t && inserted.Contains(t)).Select(e => e.Thread!.Value));
            renumber.UnionWith(updates.Where(u => u.Thread is not null).Select(u => u.Thread!.Value));

            await using var previous = Prepare("SELECT text, indexed FROM items WHERE id = $id", "$id");
            await using var unindex = Prepare("INSERT INTO items_fts(items_fts, rowid, text) VALUES ('delete', $id, $text)", "$id", "$text");
            await using var index = Prepare("INSERT INTO items_fts(rowid, text) VALUES ($id, $text)", "$id", "$text");
            await using var update = Prepare(
                $"UPDATE items SET {string.Join(", ", WrittenColumns.Where(c => c is not ("id" or "position")).Select(c => $"{c} = ${c}"))} WHERE id = $id",
                [.. WrittenColumns.Where(c => c != "position").Select(c => "$" + c)]);
            foreach (var u in updates)
            {
                previous.Parameters["$id"].Value = u.Id;
                string? oldText = null;
                await using (var reader = await previous.ExecuteReaderAsync(ct))
                {
                    if (await reader.ReadAsync(ct) && reader.GetBoolean(1))
                    {
                        oldText = reader.GetString(0);
                    }
                }

                if (oldText is not null)
                {
                    (unindex.Parameters["$id"].Value, unindex.Parameters["$text"].Value) = (u.Id, oldText);
                    await unindex.ExecuteNonQueryAsync(ct);
                }

                var values = Values(u, sourceId);
                for (var i = 0; i < WrittenColumns.Length; i++)
                {
                    if (WrittenColumns[i] != "position")
                    {
                        update.Parameters["$" + WrittenColumns[i]].Value = values[i] ?? DBNull.Value;
                    }
                }

                await update.ExecuteNonQueryAsync(ct);
                if (u.Item.Indexed)
                {
                    (index.Parameters["$id"].Value, index.Parameters["$text"].Value) = (u.Id, u.Item.Text);
                    await index.ExecuteNonQueryAsync(ct);
                }
            }

            // 5. The ticket keys items mention, the people they name, conversations' newest times, and threads that need
            //    renumbering.
            await WriteMentionsAsync(inserts, updates, ct);
            await QueueForFactsAsync(inserts, updates, ct);
            await using var clearPeople = Prepare("DELETE FROM item_people WHERE item_id = $item", "$item");
            await using var addPerson = Prepare("INSERT OR IGNORE INTO item_people(item_id, person_id, role) VALUES ($item, $person, $role)", "$item", "$person", "$role");
            foreach (var u in updates)
            {
                clearPeople.Parameters["$item"].Value = u.Id;
                await clearPeople.ExecuteNonQueryAsync(ct);
            }

            foreach (var written in updates.Concat(inserts))
            {
                foreach (var named in written.Item.People)
                {
                    addPerson.Parameters["$item"].Value = written.Id;
                    addPerson.Parameters["$person"].Value = await PersonIdAsync(named.Person, batch.Label, ct);
                    addPerson.Parameters["$role"].Value = named.Role;
                    await addPerson.ExecuteNonQueryAsync(ct);
                }
            }

            foreach (var (conversation, newestMicros) in updates.Concat(inserts)
                .Where(w => w.Item.Indexed && w.ConversationId is not null && !NotNow.Contains(w.Item.Source))
                .GroupBy(w => w.ConversationId!.Value)
                .Select(g => (g.Key, g.Max(w => Time.ToMicros(w.Item.Timestamp)))))
            {
                await RunAsync(
                    "UPDATE conversations SET newest_utc = max(coalesce(newest_utc, 0), $t) WHERE id = $c",
                    ct, ("$c", conversation), ("$t", newestMicros));
            }

            await using var renumbering = Prepare(
                $"""
                 WITH ranked AS (SELECT i.id, ROW_NUMBER() OVER (ORDER BY i.ts_utc, i.id) - 1 AS pos FROM items i WHERE {InThread})
                 UPDATE items SET position = ranked.pos FROM ranked
                 WHERE items.id = ranked.id AND items.position IS NOT ranked.pos
                 """,
                "$c", "$o", "$s", "$t");
            foreach (var thread in renumber)
            {
                BindThread(renumbering, thread);
                await renumbering.ExecuteNonQueryAsync(ct);
            }

            return (inserts.Count, updates.Count, existing.Count - updates.Count, forgotten);
        }

        /// A thread is one conversation's items (or one owner's items of one source) sharing a thread ref. Written so
        /// that either form can use its index: the parameter that is null switches its half off.
        private const string InThread =
            """
            ((i.conversation_id = $c AND i.thread_ref = $t) OR ($c IS NULL AND i.owner_id = $o AND i.source = $s AND i.thread_ref = $t))
            """;

        private static void BindThread(SqliteCommand command, (long? Conversation, long? Owner, string Source, string Thread) key)
        {
            command.Parameters["$c"].Value = (object?)key.Conversation ?? DBNull.Value;
            command.Parameters["$o"].Value = (object?)key.Owner ?? DBNull.Value;
            command.Parameters["$s"].Value = key.Source;
            command.Parameters["$t"].Value = key.Thread;
        }

        /// An item's column values, in WrittenColumns order.
        private static object?[] Values(Pending p, long? sourceId)
        {
            var item = p.Item;
            return
            [
                p.Id, item.Source, item.NativeId, item.Ref, ScopeName(item.Scope.Kind), p.ConversationId, p.OwnerId, p.AuthorId,
                Time.ToMicros(item.Timestamp), (int)item.Timestamp.Offset.TotalMinutes, item.ThreadRef, p.Position, item.Kind, item.Text, item.Indexed,
                item.Files.Count == 0 ? null : JsonSerializer.Serialize(item.Files),
                item.Reactions.Count == 0 ? null : JsonSerializer.Serialize(item.Reactions),
                item.ReplyCount, item.EditedAt is { } e ? Time.ToMicros(e) : null, p.Hash, sourceId, item.AuthorLabel, item.Title, item.Url,
            ];
        }

        /// Inserts the candidates that are not stored yet, through one prepared statement, and returns them apart
        /// from the ones already stored. (Several rows to a statement are slower here: the driver binds parameters by
        /// name, one lookup each.)
        private async Task<(List<Pending> Inserted, List<Pending> Existing)> InsertItemsAsync(List<Pending> candidates, long? sourceId, CancellationToken ct)
        {
            var (inserted, existing) = (new List<Pending>(), new List<Pending>());
            await using var command = Prepare(
                $"""
                 INSERT INTO items({string.Join(", ", WrittenColumns)}) VALUES ({string.Join(", ", WrittenColumns.Select((_, c) => $"$c{c}"))})
                 ON CONFLICT (source, native_id) DO NOTHING
                 """,
                [.. WrittenColumns.Select((_, c) => $"$c{c}")]);
            foreach (var candidate in candidates)
            {
                var row = Values(candidate, sourceId);
                for (var c = 0; c < row.Length; c++)
                {
                    command.Parameters[c].Value = row[c] ?? DBNull.Value;
                }

                (await command.ExecuteNonQueryAsync(ct) == 1 ? inserted : existing).Add(candidate);
            }

            return (inserted, existing);
        }

        /// The row id and content hash of every item of the batch that is already stored, looked up a chunk at a time.
        private async Task<Dictionary<(string, string), (long Id, string? Hash)>> StoredHashesAsync(IReadOnlyList<ItemRecord> items, CancellationToken ct)
        {
            var stored = new Dictionary<(string, string), (long, string?)>();
            foreach (var group in items.GroupBy(i => i.Source))
            {
                foreach (var chunk in group.Select(i => i.NativeId).Distinct(StringComparer.Ordinal).Chunk(1000))
                {
                    await using var command = Command(
                        connection,
                        "SELECT native_id, id, content_hash FROM items WHERE source = $source AND native_id IN (SELECT value FROM json_each($ids))",
                        [("$source", group.Key), ("$ids", JsonSerializer.Serialize(chunk))]);
                    command.Transaction = tx;
                    await using var reader = await command.ExecuteReaderAsync(ct);
                    while (await reader.ReadAsync(ct))
                    {
                        stored[(group.Key, reader.GetString(0))] = (reader.GetInt64(1), reader.GetString(2));
                    }
                }
            }

            return stored;
        }

        private SqliteCommand Prepare(string sql, params string[] parameters)
        {
            var command = connection.CreateCommand();
            command.Transaction = tx;
            command.CommandText = sql;
            foreach (var name in parameters)
            {
                command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
            }

            return command;
        }

        private async Task RunAsync(string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
        {
            await using var command = Command(connection, sql, parameters);
            command.Transaction = tx;
            await command.ExecuteNonQueryAsync(ct);
        }

        private async Task<object?> ScalarAsync(string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
        {
            await using var command = Command(connection, sql, parameters);
            command.Transaction = tx;
            return await command.ExecuteScalarAsync(ct);
        }
    }

    // ---------------------------------------------------------------- reads

    /// The audience rule in SQL, the one place it is written for this engine. The audience is the asker plus, when
    /// the result is shown in a conversation, its current members; a conversation is visible when every one of them
    /// is a current member of it (so only the asker's own conversations need checking). A personal item qualifies
    /// when the asker alone will see the result and it is theirs, or when its owner shared it into a visible
    /// conversation (and has not taken it back).
    private const string VisibleConversationsSql =
        """
        WITH audience(person_id) AS (
            SELECT $asker
            UNION
            SELECT person_id FROM memberships WHERE conversation_id = $shown_in AND left_utc IS NULL
        )
        SELECT mine.conversation_id FROM memberships mine
        WHERE mine.person_id = $asker AND mine.left_utc IS NULL AND NOT EXISTS (
            SELECT 1 FROM audience a
            WHERE NOT EXISTS (
                SELECT 1 FROM memberships m
                WHERE m.conversation_id = mine.conversation_id AND m.person_id = a.person_id AND m.left_utc IS NULL))
        ORDER BY mine.conversation_id
        """;

    /// Every read names the visible conversations through this, worked out beforehand (see AccessAsync).
    private const string AudienceCte = "visible_conversations(id) AS (SELECT value FROM json_each($visible))";

    private const string EligibleItem =
        """
        ((i.scope = 'conversation' AND i.conversation_id IN (SELECT id FROM visible_conversations))
          OR (i.scope = 'personal' AND $shown_in IS NULL AND i.owner_id = $asker)
          OR (i.scope = 'personal' AND EXISTS (
                SELECT 1 FROM shares s
                WHERE s.item_id = i.id AND s.undone_utc IS NULL AND s.conversation_id IN (SELECT id FROM visible_conversations)))
          OR i.scope = 'workspace')
        """;

    private const string ItemColumns =
        """
        i.id, i.source, i.native_id, i.ref, i.scope, i.conversation_id, c.native_id, c.kind, c.name,
        coalesce(p.username, p.display_name, i.author_label), i.ts_utc, i.utc_offset_min, i.text, i.thread_ref, i.position, i.reply_count,
        (SELECT coalesce(sum(value), 0) FROM json_each(coalesce(i.reactions, '{}'))), i.author_id, i.owner_id, i.title, i.url
        """;

    /// How many columns ItemColumns has: what a query selects after them starts here.
    private const int ItemColumnCount = 21;

    private const string ItemJoins =
        """
        LEFT JOIN conversations c ON c.id = i.conversation_id
        LEFT JOIN people p ON p.id = i.author_id
        """;

    private const string Filters =
        """
        ($from IS NULL OR i.ts_utc >= $from) AND ($until IS NULL OR i.ts_utc < $until)
          AND ($author IS NULL OR i.author_id = $author) AND ($conversation IS NULL OR i.conversation_id = $conversation)
        """;

    /// FTS5 ranks by scoring every match, so a common word makes a query slow while telling little. The index query
    /// takes the rarest words while their matches add up to at most this many; re-ranking still counts the rest.
    /// When even the rarest word has more, the newest matches are taken instead.
    private const long MatchBudget = 2_000;

    /// Below this many items, scoring every match is cheap and the rule above is not worth its lookups.
    private const long CommonFrom = 20_000;

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, AccessContext access, CancellationToken ct = default)
    {
        await using var connection = await OpenConnectionAsync(ct);
        var terms = query.Terms;
        var newestFirst = false;
        var total = terms.Count > 0 ? await ScalarAsync(connection, "SELECT coalesce(max(id), 0) FROM items", ct) as long? ?? 0 : 0;
        if (total > CommonFrom)
        {
            var frequency = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var term in terms)
            {
                frequency[term] = await FrequencyAsync(connection, term, ct);
            }

            var selective = new List<string>();
            long matches = 0;
            foreach (var term in terms.OrderBy(t => frequency[t]))
            {
                if (matches + frequency[term] > MatchBudget)
                {
                    break;
                }

                matches += frequency[term];
                selective.Add(term);
            }

            // Only common words: the newest items that have them, and re-ranking sorts them out.
            (terms, newestFirst) = selective.Count > 0 ? (selective, false) : (terms, true);
        }

        var sql = terms.Count > 0
            ? $"""
               WITH {AudienceCte}
               SELECT {ItemColumns}, {(newestFirst ? "0.0" : "-bm25(items_fts)")} AS score
               FROM items_fts JOIN items i ON i.id = items_fts.rowid
               {ItemJoins}
               WHERE items_fts MATCH $match AND {EligibleItem} AND {Filters}
               ORDER BY {(newestFirst ? "items_fts.rowid DESC" : "bm25(items_fts), i.ts_utc DESC")}
               LIMIT $limit
               """
            : $"""
               WITH {AudienceCte}
               SELECT {ItemColumns}, 0.0 AS score
               FROM items i
               {ItemJoins}
               WHERE i.indexed = 1 AND {EligibleItem} AND {Filters}
               ORDER BY i.ts_utc DESC
               LIMIT $limit
               """;
        await using var command = Command(
            connection, sql, await AccessAsync(connection, access, ct),
            ("$match", MatchExpression(terms)), ("$limit", query.Limit),
            ("$from", query.From is { } f ? Time.ToMicros(f) : null), ("$until", query.Until is { } u ? Time.ToMicros(u) : null),
            ("$author", query.AuthorId), ("$conversation", query.ConversationId));
        var hits = new List<SearchHit>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            hits.Add(new SearchHit(ReadItem(reader), reader.GetDouble(ItemColumnCount)));
        }

        return hits;
    }

    /// How many items hold a term, as the index counts it (a phrase: its rarest word). Cached until the next write.
    private async Task<long> FrequencyAsync(SqliteConnection connection, string term, CancellationToken ct)
    {
        if (_frequencies.TryGetValue(term, out var cached))
        {
            return cached;
        }

        long rarest = long.MaxValue;
        foreach (var token in IndexTokens(term))
        {
            var count = await ScalarAsync(connection, "SELECT doc FROM items_vocab WHERE term = $t", ct, ("$t", token)) as long? ?? 0;
            rarest = Math.Min(rarest, count);
        }

        rarest = rarest == long.MaxValue ? 0 : rarest;
        if (_frequencies.Count > 10_000)
        {
            _frequencies.Clear();
        }

        _frequencies[term] = rarest;
        return rarest;
    }

    /// A term's words as the index stores them: lower case, without accents, Porter-stemmed.
    private static IEnumerable<string> IndexTokens(string term) =>
        Retrieval.Terms.Of(term).SelectMany(w => w.Split('-', StringSplitOptions.RemoveEmptyEntries))
            .Select(w => Retrieval.PorterStemmer.Stem(RemoveAccents(w.ToLowerInvariant())));

    private static string RemoveAccents(string word) =>
        new(word.Normalize(System.Text.NormalizationForm.FormD).Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark).ToArray());

    /// FTS5 syntax from plain terms: each quoted, so nothing in a question is read as an operator.
    private static string MatchExpression(IReadOnlyList<string> terms) =>
        string.Join(" OR ", terms.Select(t => "\"" + t.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));

    public async Task<IReadOnlyList<ItemView>> GetThreadContextAsync(IReadOnlyList<ItemView> items, int around, AccessContext access, CancellationToken ct = default)
    {
        var wanted = items
            .Where(i => i.ThreadRef is not null)
            .Select(i => new { c = i.ConversationId, o = i.OwnerId, s = i.Source, t = i.ThreadRef, lo = Math.Max(1, (i.Position ?? 0) - around), hi = (i.Position ?? 0) + around + (i.Position is 0 ? around : 0) })
            .ToList();
        if (wanted.Count == 0)
        {
            return [];
        }

        await using var connection = await OpenConnectionAsync(ct);
        await using var command = Command(
            connection,
            $"""
             WITH {AudienceCte},
             wanted(conversation_id, owner_id, source, thread_ref, lo, hi) AS (
                 SELECT value ->> '$.c', value ->> '$.o', value ->> '$.s', value ->> '$.t', value ->> '$.lo', value ->> '$.hi' FROM json_each($wanted))
             SELECT DISTINCT {ItemColumns}
             FROM wanted w
             JOIN items i ON ((i.conversation_id = w.conversation_id AND i.thread_ref = w.thread_ref)
                     OR (w.conversation_id IS NULL AND i.owner_id = w.owner_id AND i.source = w.source AND i.thread_ref = w.thread_ref))
                 AND (i.position = 0 OR i.position BETWEEN w.lo AND w.hi)
             {ItemJoins}
             WHERE i.indexed = 1 AND {EligibleItem}
             ORDER BY i.conversation_id, i.owner_id, i.thread_ref, i.position
             """,
            await AccessAsync(connection, access, ct, ("$wanted", JsonSerializer.Serialize(wanted))));
        var context = new List<ItemView>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            context.Add(ReadItem(reader));
        }

        return context;
    }

    public async Task<IReadOnlyList<Neighbour>> GetNeighboursAsync(IReadOnlyList<ItemView> items, int before, int after, AccessContext access, CancellationToken ct = default)
    {
        var wanted = items
            .Where(i => i.ConversationId is not null && (i.ThreadRef is null || i.IsThreadRoot))
            .Select(i => new { a = i.RowId, c = i.ConversationId, o = i.OwnerId, s = i.Source, t = Time.ToMicros(i.Timestamp) })
            .ToList();
        if (wanted.Count == 0)
        {
            return [];
        }

        const string TopLevel = "x.conversation_id = w.conversation_id AND (x.thread_ref IS NULL OR x.thread_ref = x.ref) AND x.indexed = 1";
        await using var connection = await OpenConnectionAsync(ct);
        await using var command = Command(
            connection,
            $"""
             WITH {AudienceCte},
             wanted(anchor, conversation_id, owner_id, source, ts) AS (
                 SELECT value ->> '$.a', value ->> '$.c', value ->> '$.o', value ->> '$.s', value ->> '$.t' FROM json_each($wanted))
             SELECT w.anchor, w.ts, {ItemColumns}
             FROM wanted w
             JOIN items i ON i.id IN (SELECT x.id FROM items x WHERE {TopLevel} AND x.ts_utc < w.ts ORDER BY x.ts_utc DESC LIMIT $before)
                 OR i.id IN (SELECT x.id FROM items x WHERE {TopLevel} AND x.ts_utc > w.ts ORDER BY x.ts_utc LIMIT $after)
             {ItemJoins}
             WHERE {EligibleItem}
             """,
            await AccessAsync(connection, access, ct, ("$wanted", JsonSerializer.Serialize(wanted)), ("$before", before), ("$after", after)));
        var found = new List<(long Anchor, long AnchorTs, ItemView Item)>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                found.Add((reader.GetInt64(0), reader.GetInt64(1), ReadItem(reader, 2)));
            }
        }

        // Offsets count outward from the anchor in time: -1, -2 … before it; 1, 2 … after it.
        return found
            .GroupBy(f => f.Anchor)
            .SelectMany(g =>
            {
                var anchorTs = g.First().AnchorTs;
                var earlier = g.Where(f => Time.ToMicros(f.Item.Timestamp) < anchorTs).OrderByDescending(f => f.Item.Timestamp).Select((f, i) => new Neighbour(g.Key, -(i + 1), f.Item));
                var later = g.Where(f => Time.ToMicros(f.Item.Timestamp) > anchorTs).OrderBy(f => f.Item.Timestamp).Select((f, i) => new Neighbour(g.Key, i + 1, f.Item));
                return earlier.Concat(later);
            })
            .ToList();
    }

    public async Task<DateTimeOffset?> GetNewestTimeAsync(AccessContext access, CancellationToken ct = default)
    {
        await using var connection = await OpenConnectionAsync(ct);
        await using var command = Command(
            connection,
            // The same eligibility as every read, taken part by part so each part can use its index: a visible
            // conversation's newest item is kept on the conversation; the asker's own slice, shared items and
            // workspace items are few.
            $"""
             WITH {AudienceCte}
             SELECT max(t) FROM (
                 SELECT c.newest_utc AS t FROM conversations c WHERE c.id IN (SELECT id FROM visible_conversations)
                 UNION ALL
                 SELECT max(i.ts_utc) FROM items i
                 WHERE i.scope = 'personal' AND i.owner_id = $asker AND i.indexed = 1 AND {CountsForNow} AND {EligibleItem}
                 UNION ALL
                 SELECT max(i.ts_utc) FROM shares s JOIN items i ON i.id = s.item_id
                 WHERE s.undone_utc IS NULL AND i.indexed = 1 AND {CountsForNow} AND {EligibleItem}
                 UNION ALL
                 SELECT max(i.ts_utc) FROM items i WHERE i.scope = 'workspace' AND i.indexed = 1 AND {CountsForNow})
             """,
            await AccessAsync(connection, access, ct));
        return await command.ExecuteScalarAsync(ct) is long micros ? Time.FromMicros(micros, 0) : null;
    }

    /// Sources whose times do not say how far the data has got: calendar events are scheduled, often in the future; a
    /// backlog item's time is when the issue was created (or the file's time, when the backlog gives none).
    private static readonly string[] NotNow = ["calendar", BacklogRecord.Source];

    private static readonly string CountsForNow = $"i.source NOT IN ({string.Join(", ", NotNow.Select(s => $"'{s}'"))})";

    /// The parameters of the audience rule. Working out which conversations an audience may see costs more than
    /// many a read (every member of a channel against every conversation of the asker's), and one question makes
    /// several reads, so the answer is kept until any membership changes: the stored counter says so (schema 5).
    private async Task<(string, object?)[]> AccessAsync(SqliteConnection connection, AccessContext access, CancellationToken ct, params (string, object?)[] more)
    {
        var version = (long)(await ScalarAsync(connection, "SELECT version FROM access_version", ct))!;
        var key = (access.Asker, access.ShownIn);
        if (!_visible.TryGetValue(key, out var known) || known.Version != version)
        {
            var ids = new List<long>();
            await using (var command = Command(connection, VisibleConversationsSql, [("$asker", access.Asker), ("$shown_in", access.ShownIn)]))
            await using (var reader = await command.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    ids.Add(reader.GetInt64(0));
                }
            }

            if (_visible.Count >= MaxKeptAudiences)
            {
                _visible.Clear();
            }

            _visible[key] = known = (version, JsonSerializer.Serialize(ids));
        }

        return [("$asker", access.Asker), ("$shown_in", access.ShownIn), ("$visible", known.Visible), .. more];
    }

    private const int MaxKeptAudiences = 4096;

    private static SqliteCommand Command(SqliteConnection connection, string sql, (string Name, object? Value)[] first, params (string Name, object? Value)[] more)
    {
        var command = Command(connection, sql, first);
        foreach (var (name, value) in more)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    private static ItemView ReadItem(SqliteDataReader r, int first = 0)
    {
        var source = r.GetString(first + 1);
        var nativeId = r.GetString(first + 2);
        string? conversation = null;
        if (!r.IsDBNull(first + 7))
        {
            conversation = Conversation.LabelFor(ParseKind(r.GetString(first + 7)), r.GetString(first + 8));
        }

        return new ItemView(
            RowId: r.GetInt64(first + 0),
            Id: $"{source}:{nativeId}",
            Source: source,
            Ref: r.GetString(first + 3),
            Scope: ParseScope(r.GetString(first + 4)),
            ConversationId: r.IsDBNull(first + 5) ? null : r.GetInt64(first + 5),
            ConversationNativeId: r.IsDBNull(first + 6) ? null : r.GetString(first + 6),
            Conversation: conversation,
            Author: r.IsDBNull(first + 9) ? null : r.GetString(first + 9),
            AuthorId: r.IsDBNull(first + 17) ? null : r.GetInt64(first + 17),
            OwnerId: r.IsDBNull(first + 18) ? null : r.GetInt64(first + 18),
            Title: r.IsDBNull(first + 19) ? null : r.GetString(first + 19),
            Url: r.IsDBNull(first + 20) ? null : r.GetString(first + 20),
            Timestamp: Time.FromMicros(r.GetInt64(first + 10), r.GetInt32(first + 11)),
            Text: r.GetString(first + 12),
            ThreadRef: r.IsDBNull(first + 13) ? null : r.GetString(first + 13),
            Position: r.IsDBNull(first + 14) ? null : r.GetInt32(first + 14),
            ReplyCount: r.GetInt32(first + 15),
            ReactionCount: r.GetInt32(first + 16));
    }

    // ---------------------------------------------------------------- directory

    public async Task<WorkspaceInfo?> GetWorkspaceAsync(CancellationToken ct = default)
    {
        await using var connection = await OpenConnectionAsync(ct);
        await using var command = Command(connection, "SELECT team_id, name, url FROM workspace WHERE id = 1", []);
        await using var r = await command.ExecuteReaderAsync(ct);
        return await r.ReadAsync(ct)
            ? new WorkspaceInfo(r.IsDBNull(0) ? null : r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2))
            : null;
    }

    public async Task<IReadOnlyList<Person>> ListPeopleAsync(long? viewerId = null, CancellationToken ct = default)
    {
        await using var connection = await OpenConnectionAsync(ct);
        var identities = new Dictionary<long, List<Identity>>();
        await using (var command = Command(
            connection,
            """
            SELECT person_id, kind, value, origin, confidence, owner_id FROM identities
            WHERE owner_id IS NULL OR owner_id = $viewer
            ORDER BY person_id, kind, value
            """,
            [("$viewer", viewerId)]))
        await using (var r = await command.ExecuteReaderAsync(ct))
        {
            while (await r.ReadAsync(ct))
            {
                var id = r.GetInt64(0);
                if (!identities.TryGetValue(id, out var list))
                {
                    identities[id] = list = [];
                }

                list.Add(new Identity(Enum.Parse<IdentityKind>(r.GetString(1)), r.GetString(2))
                {
                    Origin = r.GetString(3),
                    Confidence = r.GetDouble(4),
                    OwnerId = r.IsDBNull(5) ? null : r.GetInt64(5),
                });
            }
        }

        var people = new List<Person>();
        await using (var command = Command(connection, "SELECT id, display_name, username, real_name, title, time_zone, is_bot FROM people ORDER BY id", []))
        await using (var r = await command.ExecuteReaderAsync(ct))
        {
            while (await r.ReadAsync(ct))
            {
                var id = r.GetInt64(0);
                people.Add(new Person(
                    id, r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3),
                    r.IsDBNull(4) ? null : r.GetString(4), r.IsDBNull(5) ? null : r.GetString(5), r.GetBoolean(6),
                    identities.GetValueOrDefault(id) ?? []));
            }
        }

        return people;
    }

    public async Task<IReadOnlyList<Conversation>> ListConversationsAsync(long? viewerId, CancellationToken ct = default)
    {
        await using var connection = await OpenConnectionAsync(ct);
        await using var command = Command(
            connection,
            """
            SELECT c.id, c.source, c.native_id, c.kind, c.name,
                EXISTS (SELECT 1 FROM memberships m WHERE m.conversation_id = c.id AND m.person_id = $viewer AND m.left_utc IS NULL) AS member
            FROM conversations c
            WHERE c.kind = 'public' OR member OR $viewer IS NULL
            ORDER BY c.name
            """,
            [("$viewer", viewerId)]);
        var conversations = new List<Conversation>();
        await using var r = await command.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            conversations.Add(new Conversation(r.GetInt64(0), r.GetString(1), r.GetString(2), ParseKind(r.GetString(3)), r.GetString(4), r.GetBoolean(5)));
        }

        return conversations;
    }

    // ---------------------------------------------------------------- names

    private static string KindName(ConversationKind kind) => kind switch
    {
        ConversationKind.PublicChannel => "public",
        ConversationKind.PrivateChannel => "private",
        ConversationKind.DirectMessage => "dm",
        ConversationKind.GroupDirectMessage => "group_dm",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static ConversationKind ParseKind(string kind) => kind switch
    {
        "public" => ConversationKind.PublicChannel,
        "private" => ConversationKind.PrivateChannel,
        "dm" => ConversationKind.DirectMessage,
        "group_dm" => ConversationKind.GroupDirectMessage,
        _ => throw new InvalidDataException($"Unknown conversation kind '{kind}' in the database."),
    };

    private static string ScopeName(ScopeKind kind) => kind switch
    {
        ScopeKind.Conversation => "conversation",
        ScopeKind.Personal => "personal",
        ScopeKind.Workspace => "workspace",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static ScopeKind ParseScope(string scope) => scope switch
    {
        "conversation" => ScopeKind.Conversation,
        "personal" => ScopeKind.Personal,
        "workspace" => ScopeKind.Workspace,
        _ => throw new InvalidDataException($"Unknown scope '{scope}' in the database."),
    };
}
