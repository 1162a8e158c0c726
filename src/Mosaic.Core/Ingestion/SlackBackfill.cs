using System.Diagnostics;
using Mosaic.Connectors.Slack;
using Mosaic.Domain;
using Mosaic.Store;

namespace Mosaic.Ingestion;

/// A Slack workspace read through the Web API with the app's bot token (`mosaic connect slack`) and stored as an export
/// of the same workspace would be, so a backfill after an import or after live events stores nothing twice.
///
/// A run: auth.test (a bad token stops here, before anything is stored); users.list, a page at a time; the conversation
/// list; then for each conversation its member list (the complete current one, which replaces what the store knew, as
/// an export's does), its history a page at a time, and the replies of every thread those pages show. A page is stored
/// before its cursor is saved, so an interrupted run carries on where it stopped. A run after a finished one asks each
/// conversation only for messages after the newest one it stored, and reads again the threads of the messages it gets.
/// Not covered: a new reply to a thread whose parent is older than that, since no page fetched shows the parent (`mosaic
/// serve` receives such replies as they happen).
public sealed class SlackBackfill(SlackWebApi slack, IContentStore store, IDirectory directory, IBackfillState state)
{
    public const string Source = SlackItems.Source;

    private const string HistoryStep = "history:";
    private const string RepliesStep = "replies:";

    /// A call that failed for a passing reason (a rate limit beyond Slack's own Retry-After waits, a server error, the
    /// network) is made again up to this many times in all, waiting longer each time, before the run stops.
    private const int Attempts = 5;

    private static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(5);

    public async Task<BackfillReport> RunAsync(string? workspaceUrl = null, IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        SlackAuth auth;
        try
        {
            // Not tried again: failing here is most likely a wrong setting, better said at once.
            auth = await slack.AuthTestAsync(ct);
        }
        catch (SlackApiException e)
        {
            throw new MosaicException(Explain(e) + " Nothing was stored.", e);
        }

        var stored = await directory.GetWorkspaceAsync(ct);
        if (stored?.TeamId is { } storedTeam && storedTeam != auth.TeamId)
        {
            throw new MosaicException(
                $"this bot token is for Slack team {auth.TeamId}, but the database holds team {storedTeam}. Use another --db for another workspace. Nothing was stored.");
        }

        var resumed = await state.BeginRunAsync(Source, HistoryStep, ct);
        var run = new Run(slack, store, state, auth, progress);
        try
        {
            await run.ReadAsync(workspaceUrl ?? auth.Url, ct);
        }
        catch (SlackApiException e)
        {
            throw new MosaicException(Explain(e) + " What was read so far is stored; run the backfill again to carry on from there.", e);
        }

        await state.EndRunAsync(Source, ct);
        return new BackfillReport(auth.TeamId, resumed, run.People, run.Conversations, run.Threads, run.Totals, run.Skipped, run.Problems, clock.Elapsed);
    }

    /// Makes a call again while it fails for a passing reason: after Slack's Retry-After when it gave one, else after
    /// 1, 2, 4, 8 s. Nothing of the failed page was stored, so asking again for the same cursor loses nothing.
    private static async Task<T> PatientlyAsync<T>(Func<Task<T>> call, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call();
            }
            catch (SlackApiException e) when (e.Transient && attempt < Attempts)
            {
                var wait = e.RetryAfter ?? TimeSpan.FromSeconds(1 << (attempt - 1));
                await Task.Delay(wait < LongestWait ? wait : LongestWait, ct);
            }
        }
    }

    private static bool Unreadable(SlackApiException e) => e.Error is "not_in_channel" or "channel_not_found" or "missing_scope";

    private static string Explain(SlackApiException e) => e.Error switch
    {
        "invalid_auth" or "not_authed" or "account_inactive" or "token_revoked" or "token_expired" =>
            $"Slack refused the bot token ({e.Error}). Check Mosaic:Slack:BotToken: it should be the Bot User OAuth Token (xoxb-…) of the Mosaic app, installed in the workspace.",
        "missing_scope" =>
            $"the bot token lacks the {e.Needed ?? "needed"} scope for {e.Method}; add it to the app (mosaic slack manifest lists them all) and reinstall it.",
        _ when e.Transient && e.Method != "auth.test" => $"{e.Message} (tried {Attempts} times).",
        _ => e.Message + ".",
    };

    private static bool IsThreadParent(SlackMessage m) => m.ReplyCount > 0 && (m.ThreadTs is null || m.ThreadTs == m.Ts);

    private static string Newer(string? a, string b) =>
        a is not null && SlackTs.TryParse(a, out var ta) && SlackTs.TryParse(b, out var tb) && ta >= tb ? a : b;

    /// One run's reading, and what it has seen so far.
    private sealed class Run(SlackWebApi slack, IContentStore store, IBackfillState state, SlackAuth auth, IProgress<ImportProgress>? progress)
    {
        private readonly Dictionary<string, SlackUser> _users = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
        private readonly List<ImportProblem> _problems = [];
        private readonly List<BackfillSkip> _skipped = [];
        private SlackBatches? _batches;
        private int _done;
        private int _total;

        public int People => _users.Count;

        public int Conversations { get; private set; }

        public int Threads { get; private set; }

        public WriteResult Totals { get; private set; } = WriteResult.Empty;

        public IReadOnlyList<BackfillSkip> Skipped => _skipped;

        public IReadOnlyList<ImportProblem> Problems => _problems;

        private SlackBatches Batches => _batches ??= new SlackBatches(
            new SlackItems(id => _users.TryGetValue(id, out var u) ? u.Name : null, _names.GetValueOrDefault), "users.list", _problems, auth.UserId);

        public async Task ReadAsync(string? workspaceUrl, CancellationToken ct)
        {
            await PeopleAsync(workspaceUrl, ct);
            var conversations = await ListAsync(ct);
            Conversations = _total = conversations.Count;
            foreach (var conversation in conversations)
            {
                Report(conversation.Name);
                await ConversationAsync(conversation, ct);
                _done++;
            }

            Report(null);
        }

        private async Task PeopleAsync(string? workspaceUrl, CancellationToken ct)
        {
            string? cursor = null;
            var first = true;
            do
            {
                var page = await PatientlyAsync(() => slack.UsersPageAsync(cursor, ct), ct);
                Note("users.list", page.Problems);
                var people = page.Items.Select(SlackItems.Person).ToList();
                foreach (var user in page.Items)
                {
                    _users[user.Id] = user;
                }

                Batches.Written(people.Select(p => p.Key));
                var workspace = first ? new WorkspaceInfo(auth.TeamId, auth.Team, workspaceUrl?.TrimEnd('/')) : null;
                await WriteAsync(new ImportBatch("users.list", workspace, people, [], [], []), ct);
                (cursor, first) = (page.NextCursor, false);
            }
            while (cursor is not null);
        }

        private async Task<List<SlackConversation>> ListAsync(CancellationToken ct)
        {
            var conversations = await AllPagesAsync("conversations.list", cursor => slack.ConversationsPageAsync(cursor, _users, ct), ct);
            foreach (var c in conversations)
            {
                _names[c.Id] = c.Name;
            }

            return conversations;
        }

        /// Every page of a list that is only of use whole (the conversations to visit, a complete member list).
        private async Task<List<T>> AllPagesAsync<T>(string where, Func<string?, Task<SlackPage<T>>> read, CancellationToken ct)
        {
            var all = new List<T>();
            string? cursor = null;
            do
            {
                var page = await PatientlyAsync(() => read(cursor), ct);
                Note(where, page.Problems);
                all.AddRange(page.Items);
                cursor = page.NextCursor;
            }
            while (cursor is not null);

            return all;
        }

        /// Members, then history, then the threads it showed (and any an interrupted run left unread). A conversation the
        /// app cannot read is reported and left for the next run.
        private async Task ConversationAsync(SlackConversation conversation, CancellationToken ct)
        {
            var step = await state.GetStepAsync(Source, HistoryStep + conversation.Id, ct) ?? BackfillStep.New(HistoryStep + conversation.Id);
            try
            {
                if (!step.Done)
                {
                    conversation = await MembersAsync(conversation, ct);
                    await PassAsync(step, conversation, null, ct);
                }

                foreach (var thread in await state.PendingStepsAsync(Source, $"{RepliesStep}{conversation.Id}/", ct))
                {
                    await ThreadAsync(thread, conversation, ct);
                }
            }
            catch (SlackApiException e) when (Unreadable(e))
            {
                _skipped.Add(new BackfillSkip(conversation.Id, Label(conversation), e.Error, e.Needed));
            }
        }

        private async Task ThreadAsync(BackfillStep thread, SlackConversation conversation, CancellationToken ct)
        {
            try
            {
                await PassAsync(thread, conversation, thread.Name[(thread.Name.LastIndexOf('/') + 1)..], ct);
                Threads++;
            }
            catch (SlackApiException e) when (e.Error == "thread_not_found")
            {
                // The parent was deleted since the page that showed it: nothing left to read.
                _problems.Add(new ImportProblem(Where(conversation, "conversations.replies"), thread.Name, "the thread is gone from Slack; skipped", IsError: false));
                await state.SaveStepAsync(Source, thread with { Cursor = null, Done = true }, [], ct);
            }
        }

        /// The complete member list, written with the conversation (which it names, for a DM). It replaces the store's.
        private async Task<SlackConversation> MembersAsync(SlackConversation conversation, CancellationToken ct)
        {
            var members = await AllPagesAsync(Where(conversation, "conversations.members"), cursor => slack.MembersPageAsync(conversation.Id, cursor, ct), ct);
            var named = SlackJson.WithMembers(conversation, members, _users);
            _names[named.Id] = named.Name;
            var where = Where(named, "conversations.members");
            var people = new List<PersonRecord>();
            var refs = members.Distinct(StringComparer.Ordinal).Select(m => Batches.Person(m, people, where, "members")).ToList();
            var record = new ConversationRecord(Source, named.Id, named.Kind, named.Name, named.Topic, named.Purpose, named.Created, named.Archived, refs);
            await WriteAsync(new ImportBatch(where, null, people, [record], [], []), ct);
            return named;
        }

        /// Runs a step's pass to its end: a conversation's history (threadTs null) or one thread's replies. Each page is
        /// stored, then its cursor saved together with the threads it showed, so they are read even after an interruption.
        private async Task PassAsync(BackfillStep step, SlackConversation conversation, string? threadTs, CancellationToken ct)
        {
            var method = threadTs is null ? "conversations.history" : "conversations.replies";
            var where = Where(conversation, method);
            var restarted = false;
            while (!step.Done)
            {
                SlackPage<SlackMessage> page;
                try
                {
                    var (oldest, cursor) = (step.Oldest, step.Cursor);
                    page = await PatientlyAsync(
                        () => threadTs is null
                            ? slack.HistoryPageAsync(conversation.Id, oldest, cursor, ct)
                            : slack.RepliesPageAsync(conversation.Id, threadTs, oldest, cursor, ct),
                        ct);
                }
                catch (SlackApiException e) when (e.Error == "invalid_cursor" && step.Cursor is not null && !restarted)
                {
                    // A saved cursor Slack no longer takes: this pass starts over (its pages are stored already, so only
                    // calls are repeated, never records).
                    _problems.Add(new ImportProblem(where, null, "the saved cursor had expired; read this pass again from its start", IsError: false));
                    (step, restarted) = (step with { Cursor = null }, true);
                    continue;
                }

                Note(where, page.Problems);

                // A thread's parent comes with its replies on every page; it is the history's to store.
                var messages = page.Items.Where(m => m.Ts != threadTs).ToList();
                if (messages.Count > 0)
                {
                    await WriteAsync(Batches.Messages(where, conversation.Id, messages), ct);
                }

                var threads = threadTs is null ? messages.Where(IsThreadParent).Select(m => $"{RepliesStep}{conversation.Id}/{m.Ts}").ToList() : [];
                step = step with
                {
                    Cursor = page.NextCursor,
                    Newest = messages.Aggregate(step.Newest, (newest, m) => Newer(newest, m.Ts)),
                    Done = page.NextCursor is null,
                };
                await state.SaveStepAsync(Source, step, threads, ct);
                Report(conversation.Name);
            }
        }

        private async Task WriteAsync(ImportBatch batch, CancellationToken ct) => Totals = Totals.Add(await store.WriteAsync(batch, ct));

        private void Note(string where, IReadOnlyList<string> problems) => _problems.AddRange(problems.Select(p => new ImportProblem(where, null, p)));

        private void Report(string? current) =>
            progress?.Report(new ImportProgress(_done, _total, Totals.ItemsAdded + Totals.ItemsUpdated + Totals.ItemsUnchanged, current));

        private static string Where(SlackConversation c, string method) => $"{Label(c)} ({method})";

        /// As people write it: #name for a channel; a DM's name is its members already.
        private static string Label(SlackConversation c) => c.Kind is ConversationKind.PublicChannel or ConversationKind.PrivateChannel ? "#" + c.Name : c.Name;
    }
}
