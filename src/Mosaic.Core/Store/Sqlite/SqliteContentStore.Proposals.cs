using Microsoft.Data.Sqlite;
using Mosaic.Domain;
using Mosaic.Permissions;
using Mosaic.Team;

namespace Mosaic.Store.Sqlite;

/// Proposals made from facts, and people's decisions on them (schema 11).
public sealed partial class SqliteContentStore : IProposals
{
    /// Where an item lives, as proposals.place names it: one conversation, one owner's slice, or the workspace. Facts in
    /// one place are seen by one audience, so a proposal may follow the newest of them without showing anyone more.
    private const string ItemPlace =
        "(CASE i.scope WHEN 'conversation' THEN 'conversation:' || i.conversation_id WHEN 'personal' THEN 'personal:' || i.owner_id ELSE 'workspace' END)";

    /// What should be proposed now, per kind, subject and place: the newest decision, and the newest action item unless it
    /// is done or its message links to a ticket already; never a fact someone has decided on.
    private static readonly string ProposalCandidates =
        $"""
         WITH placed AS (
             SELECT f.id, f.kind, f.subject, f.subject_key, f.value, f.person_id, f.due_utc, f.status, f.valid_from_utc, f.item_id,
                 CASE f.kind WHEN $decision THEN $decision_record ELSE $backlog_item END AS proposal_kind, {ItemPlace} AS place
             FROM facts f JOIN items i ON i.id = f.item_id
             WHERE f.kind IN ($decision, $action) AND i.indexed = 1),
         newest AS (
             SELECT *, row_number() OVER (PARTITION BY kind, subject_key, place ORDER BY valid_from_utc DESC, id DESC) AS n FROM placed),
         candidates AS (
             SELECT f.proposal_kind AS kind, f.subject_key, f.place, f.item_id, f.subject, f.value, f.person_id, f.due_utc, f.valid_from_utc
             FROM newest f
             WHERE f.n = 1
               AND (f.kind = $decision OR (f.status IS NOT $done AND NOT EXISTS (
                   SELECT 1 FROM ticket_mentions m WHERE m.item_id = f.item_id AND {IsLink("backlog_items")})))
               AND NOT EXISTS (
                   SELECT 1 FROM proposals d
                   WHERE d.kind = f.proposal_kind AND d.subject_key = f.subject_key AND d.place = f.place AND d.item_id = f.item_id
                     AND d.status <> 'pending'))
         """;

    public Task<ProposalRefresh> RefreshProposalsAsync(CancellationToken ct = default) =>
        InWriteTransactionAsync(async (connection, tx) =>
        {
            async Task<int> Run(string sql)
            {
                await using var command = Command(connection, ProposalCandidates + sql, [
                    ("$decision", FactKinds.Name(FactKind.Decision)), ("$action", FactKinds.Name(FactKind.ActionItem)),
                    ("$decision_record", ProposalNames.Name(ProposalKind.DecisionRecord)), ("$backlog_item", ProposalNames.Name(ProposalKind.BacklogItem)),
                    ("$done", ActionItemExtractor.Done), ("$now", Time.ToMicros(DateTimeOffset.UtcNow))]);
                command.Transaction = tx;
                return await command.ExecuteNonQueryAsync(ct);
            }

            var withdrawn = await Run(
                """
                DELETE FROM proposals
                WHERE status = 'pending' AND NOT EXISTS (
                    SELECT 1 FROM candidates c WHERE c.kind = proposals.kind AND c.subject_key = proposals.subject_key AND c.place = proposals.place)
                """);
            var updated = await Run(
                """
                UPDATE proposals SET item_id = c.item_id, subject = c.subject, value = c.value, person_id = c.person_id, due_utc = c.due_utc,
                    since_utc = c.valid_from_utc
                FROM candidates c
                WHERE proposals.status = 'pending' AND c.kind = proposals.kind AND c.subject_key = proposals.subject_key AND c.place = proposals.place
                  AND (proposals.item_id IS NOT c.item_id OR proposals.subject IS NOT c.subject OR proposals.value IS NOT c.value
                    OR proposals.person_id IS NOT c.person_id OR proposals.due_utc IS NOT c.due_utc OR proposals.since_utc IS NOT c.valid_from_utc)
                """);
            var proposed = await Run(
                """
                INSERT INTO proposals(kind, subject_key, place, item_id, subject, value, person_id, due_utc, since_utc, proposed_utc)
                SELECT c.kind, c.subject_key, c.place, c.item_id, c.subject, c.value, c.person_id, c.due_utc, c.valid_from_utc, $now
                FROM candidates c
                WHERE NOT EXISTS (
                    SELECT 1 FROM proposals p WHERE p.status = 'pending' AND p.kind = c.kind AND p.subject_key = c.subject_key AND p.place = c.place)
                """);
            return new ProposalRefresh(proposed, updated, withdrawn);
        }, ct);

    public async Task<IReadOnlyList<ProposalView>> ListProposalsAsync(bool includeDecided, AccessContext access, CancellationToken ct = default)
    {
        await using var connection = await OpenConnectionAsync(ct);
        return await ProposalsAsync(connection, access, includeDecided, null, ct);
    }

    public Task<ProposalView> AcceptProposalAsync(
        long id, AccessContext access, Func<ProposalView, ProposalAcceptance, ImportBatch> record, CancellationToken ct = default) =>
        DecideAsync(id, ProposalStatus.Accepted, null, access, async (proposal, connection, tx) =>
        {
            async Task<object?> Scalar(string sql, params (string, object?)[] parameters)
            {
                await using var command = Command(connection, sql, parameters);
                command.Transaction = tx;
                return await command.ExecuteScalarAsync(ct);
            }

            // The new item gets the source item's scope, so exactly those who may see the source may see it.
            Scope scope;
            await using (var command = Command(connection, """
                SELECT i.scope, c.source, c.native_id, i.owner_id FROM items i LEFT JOIN conversations c ON c.id = i.conversation_id WHERE i.id = $item
                """, [("$item", proposal.Source.RowId)]))
            {
                command.Transaction = tx;
                await using var r = await command.ExecuteReaderAsync(ct);
                await r.ReadAsync(ct);
                scope = ParseScope(r.GetString(0)) switch
                {
                    ScopeKind.Conversation => Scope.Conversation(r.GetString(1), r.GetString(2)),
                    ScopeKind.Personal => Scope.Personal(PersonRef.Mosaic(r.GetInt64(3))),
                    _ => Scope.Workspace,
                };
            }

            // The writer holds the only write transaction, so the next number is free until this one commits.
            const string Project = BacklogRecord.MosaicProject;
            var next = (long)(await Scalar(
                "SELECT coalesce(max(CAST(substr(key, length($project) + 2) AS INTEGER)), 0) + 1 FROM backlog_items WHERE project = $project",
                ("$project", Project)))!;
            var handle = (string)(await Scalar("SELECT coalesce(username, display_name) FROM people WHERE id = $id", ("$id", access.Asker)))!;
            var batch = record(proposal, new ProposalAcceptance(scope, $"{Project}-{next}", access.Asker, handle, DateTimeOffset.UtcNow));
            await new BatchWriter(connection, tx).WriteAsync(batch, ct);
            var written = batch.Items[0];
            var result = (long)(await Scalar("SELECT id FROM items WHERE source = $source AND native_id = $native", ("$source", written.Source), ("$native", written.NativeId)))!;
            if (batch.Backlog.Count > 0)
            {
                // Linked like a ticket mention, so the backlog item lists the message and the action item is not proposed again.
                await Scalar(
                    "INSERT OR IGNORE INTO ticket_mentions(key, item_id, project) VALUES ($key, $item, $project)",
                    ("$key", batch.Backlog[0].Key), ("$item", proposal.Source.RowId), ("$project", batch.Backlog[0].Project));
            }

            return result;
        }, ct);

    public Task<ProposalView> RejectProposalAsync(long id, string? reason, AccessContext access, CancellationToken ct = default) =>
        DecideAsync(id, ProposalStatus.Rejected, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), access, (_, _, _) => Task.FromResult<long?>(null), ct);

    /// Checks that the proposal exists, that the asker may see it and that it is still pending, then in one transaction
    /// does what deciding writes, marks it decided, and records who did it in the audit log.
    private async Task<ProposalView> DecideAsync(
        long id, ProposalStatus status, string? reason, AccessContext access,
        Func<ProposalView, SqliteConnection, SqliteTransaction, Task<long?>> write, CancellationToken ct)
    {
        ProposalView proposal;
        await using (var connection = await OpenConnectionAsync(ct))
        {
            if (await ScalarAsync(connection, "SELECT 1 FROM proposals WHERE id = $id", ct, ("$id", id)) is null)
            {
                throw new MosaicException($"There is no proposal {id}; `mosaic proposals --as PERSON` lists them.");
            }

            proposal = (await ProposalsAsync(connection, access, true, id, ct)).SingleOrDefault()
                ?? throw new NotAllowedException($"Proposal {id} comes from something you may not see, so you may not decide it.");
        }

        if (proposal.Decision is { } decided)
        {
            throw new MosaicException(
                $"Proposal {id} was {ProposalNames.Name(proposal.Status)} already{(decided.By is { } by ? " by " + by : "")} on {Time.Iso(decided.At)[..10]}; a decision is final.");
        }

        await InWriteTransactionAsync(async (connection, tx) =>
        {
            var result = await write(proposal, connection, tx);
            await using var mark = Command(connection, """
                UPDATE proposals SET status = $status, decided_by = $by, decided_utc = $now, reason = $reason, result_item_id = $result
                WHERE id = $id AND status = 'pending' AND item_id = $item
                """, [("$status", ProposalNames.Name(status)), ("$by", access.Asker), ("$now", Time.ToMicros(DateTimeOffset.UtcNow)),
                      ("$reason", reason), ("$result", result), ("$id", id), ("$item", proposal.Source.RowId)]);
            mark.Transaction = tx;
            if (await mark.ExecuteNonQueryAsync(ct) == 0)
            {
                // Decided or changed by someone else since it was read: what is written here is rolled back with this throw.
                throw new MosaicException($"Proposal {id} changed while it was being decided; list the proposals again.");
            }

            var action = status == ProposalStatus.Accepted ? "accept proposal" : "reject proposal";
            return await RecordAsync(connection, tx, new AuditEntry(action, access, result is { } r ? [proposal.Source.RowId, r] : [proposal.Source.RowId]), ct);
        }, ct);

        await using (var connection = await OpenConnectionAsync(ct))
        {
            return (await ProposalsAsync(connection, access, true, id, ct)).Single();
        }
    }

    /// Proposals whose source item the audience may see (one, with an id). What a decision replaced is the newest earlier
    /// decision on its subject in the same place with another value, and only one this audience may see too.
    private async Task<List<ProposalView>> ProposalsAsync(SqliteConnection connection, AccessContext access, bool includeDecided, long? id, CancellationToken ct)
    {
        await using var command = Command(connection, $"""
            WITH {AudienceCte},
            shown AS (
                SELECT pr.*, (
                    SELECT f.id FROM facts f JOIN items i ON i.id = f.item_id
                    WHERE pr.kind = $decision_record AND f.kind = $decision AND f.subject_key = pr.subject_key AND {ItemPlace} = pr.place
                      AND f.valid_from_utc < pr.since_utc AND f.value <> pr.value COLLATE NOCASE AND i.indexed = 1 AND {EligibleItem}
                    ORDER BY f.valid_from_utc DESC, f.id DESC LIMIT 1) AS replaced_id
                FROM proposals pr
                WHERE ($all OR pr.status = 'pending') AND ($id IS NULL OR pr.id = $id))
            SELECT {ItemColumns}, pr.id, pr.kind, pr.status, pr.subject, pr.value, pr.person_id, coalesce(pp.username, pp.display_name), pr.due_utc,
                pr.proposed_utc, coalesce(dp.username, dp.display_name), pr.decided_utc, pr.reason, r.source || ':' || r.native_id, r.ref,
                rf.value, rf.valid_from_utc, ri.source || ':' || ri.native_id, ri.utc_offset_min
            FROM shown pr JOIN items i ON i.id = pr.item_id
            {ItemJoins}
            LEFT JOIN people pp ON pp.id = pr.person_id
            LEFT JOIN people dp ON dp.id = pr.decided_by
            LEFT JOIN items r ON r.id = pr.result_item_id
            LEFT JOIN facts rf ON rf.id = pr.replaced_id
            LEFT JOIN items ri ON ri.id = rf.item_id
            WHERE i.indexed = 1 AND {EligibleItem}
            ORDER BY pr.status <> 'pending', i.ts_utc, pr.id
            """, await AccessAsync(connection, access, ct,
                ("$all", includeDecided), ("$id", id), ("$decision", FactKinds.Name(FactKind.Decision)),
                ("$decision_record", ProposalNames.Name(ProposalKind.DecisionRecord))));
        var proposals = new List<ProposalView>();
        await using var r = await command.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            var source = ReadItem(r);
            const int p = ItemColumnCount;
            string? Text(int column) => r.IsDBNull(column) ? null : r.GetString(column);
            DateTimeOffset? At(int column, int offsetMinutes) => r.IsDBNull(column) ? null : Time.FromMicros(r.GetInt64(column), offsetMinutes);
            var offset = (int)source.Timestamp.Offset.TotalMinutes;
            var status = ProposalNames.Status(r.GetString(p + 2));
            proposals.Add(new ProposalView(
                r.GetInt64(p), ProposalNames.Kind(r.GetString(p + 1)), status, r.GetString(p + 3), r.GetString(p + 4),
                r.IsDBNull(p + 5) ? null : r.GetInt64(p + 5), Text(p + 6), At(p + 7, offset), At(p + 8, 0)!.Value, source)
            {
                Decision = status == ProposalStatus.Pending ? null : new ProposalDecision(Text(p + 9), At(p + 10, 0)!.Value, Text(p + 11), Text(p + 12), Text(p + 13)),
                Replaced = r.IsDBNull(p + 14) ? null : new ReplacedChoice(r.GetString(p + 14), At(p + 15, r.GetInt32(p + 17))!.Value, r.GetString(p + 16)),
            });
        }

        return proposals;
    }
}
