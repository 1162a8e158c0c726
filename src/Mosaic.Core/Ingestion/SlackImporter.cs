using System.Diagnostics;
using System.Threading.Channels;
using Mosaic.Connectors.Slack;
using Mosaic.Domain;
using Mosaic.Store;

namespace Mosaic.Ingestion;

/// Imports a Slack workspace export: people and conversations first, then the day files. A day file that cannot
/// be read is reported and skipped before anything of it is written; good files are written whole, several to a
/// transaction (a transaction per small file would cost more than the file), so nothing is ever half-written.
/// Safe to run again on the same export: unchanged messages are counted and skipped.
public sealed class SlackImporter(IContentStore store, IDirectory directory)
{
    public const string Source = SlackItems.Source;

    /// Day files are written together until a transaction holds about this many messages.
    private const int MessagesPerTransaction = 5000;

    public async Task<ImportReport> ImportAsync(string path, string? workspaceUrl = null, IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        using var export = SlackExport.Open(path);
        await CheckSameTeamAsync(export, ct);

        var problems = new List<ImportProblem>(export.Problems);
        var run = new Run(export, problems);
        var totals = await store.WriteAsync(run.MetadataBatch(workspaceUrl), ct);

        // Reading and writing overlap: day files are parsed on another thread while the store writes the previous
        // transaction, so an import keeps both cores busy. The channel is short, which bounds memory.
        var chunks = Channel.CreateBounded<Chunk>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var reading = Task.Run(() => ReadAsync(export, run, problems, chunks.Writer, stop.Token), CancellationToken.None);

        progress?.Report(new ImportProgress(0, export.DayFiles.Count, 0, null));
        Chunk? last = null;
        try
        {
            await foreach (var chunk in chunks.Reader.ReadAllAsync(ct))
            {
                if (chunk.Batch.Items.Count + chunk.Batch.People.Count + chunk.Batch.MembershipEvents.Count > 0)
                {
                    totals = totals.Add(await store.WriteAsync(chunk.Batch, ct));
                }

                last = chunk;
                progress?.Report(new ImportProgress(chunk.FilesRead + chunk.FilesFailed, export.DayFiles.Count, totals.ItemsAdded + totals.ItemsUpdated + totals.ItemsUnchanged, chunk.LastFile));
            }
        }
        catch
        {
            // Stop the reader and let it finish before the export it reads is disposed.
            await stop.CancelAsync();
            await reading.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            throw;
        }

        // The problems list is the reader's until here.
        await reading;
        var (filesRead, filesFailed) = last is null ? (0, 0) : (last.FilesRead, last.FilesFailed);
        progress?.Report(new ImportProgress(filesRead + filesFailed, export.DayFiles.Count, totals.ItemsAdded + totals.ItemsUpdated + totals.ItemsUnchanged, null));
        return new ImportReport(totals, filesRead, filesFailed, problems, clock.Elapsed);
    }

    /// Day files merged into one transaction, with the running file counts once it is written.
    private sealed record Chunk(ImportBatch Batch, int FilesRead, int FilesFailed, string? LastFile);

    private static async Task ReadAsync(SlackExport export, Run run, List<ImportProblem> problems, ChannelWriter<Chunk> chunks, CancellationToken ct)
    {
        try
        {
            int filesRead = 0, filesFailed = 0, pendingItems = 0;
            var pending = new List<ImportBatch>();
            foreach (var day in export.DayFiles)
            {
                ct.ThrowIfCancellationRequested();
                try
                {
                    var (messages, dayProblems) = export.ReadDay(day);
                    problems.AddRange(dayProblems);
                    var batch = run.DayBatch(day, messages);
                    pending.Add(batch);
                    pendingItems += batch.Items.Count;
                    filesRead++;
                }
                catch (ExportFileException e)
                {
                    problems.Add(new ImportProblem(e.File, null, e.Message));
                    filesFailed++;
                }

                if (pendingItems >= MessagesPerTransaction)
                {
                    await chunks.WriteAsync(new Chunk(ImportBatch.Merge(pending), filesRead, filesFailed, day.Entry), ct);
                    pending.Clear();
                    pendingItems = 0;
                }
            }

            // Always one last chunk, even empty, so the counts of failed files reach the writer.
            await chunks.WriteAsync(new Chunk(ImportBatch.Merge(pending), filesRead, filesFailed, null), ct);
        }
        finally
        {
            // The writer then stops at the end of what was read; awaiting this task gives it the reader's error as is.
            chunks.Complete();
        }
    }

    private async Task CheckSameTeamAsync(SlackExport export, CancellationToken ct)
    {
        var stored = await directory.GetWorkspaceAsync(ct);
        if (stored?.TeamId is { } storedTeam && export.TeamId is { } exportTeam && storedTeam != exportTeam)
        {
            throw new MosaicException(
                $"{export.Path}: this export is from Slack team {exportTeam}, but the database holds team {storedTeam}. Use another --db for another workspace.");
        }
    }

    /// The state of one import: who is known so far, so that unknown people get one placeholder and one warning.
    private sealed class Run(SlackExport export, List<ImportProblem> problems)
    {
        private readonly SlackBatches _batches = new(Items(export), "users.json", problems);

        private static SlackItems Items(SlackExport export)
        {
            var users = export.Users.ToDictionary(u => u.Id, u => u.Name, StringComparer.Ordinal);
            var conversations = export.Conversations.ToDictionary(c => c.Id, c => c.Name, StringComparer.Ordinal);
            return new SlackItems(users.GetValueOrDefault, conversations.GetValueOrDefault);
        }

        public ImportBatch MetadataBatch(string? workspaceUrl)
        {
            var people = export.Users.Select(SlackItems.Person).ToList();
            _batches.Written(people.Select(p => p.Key));
            var conversations = new List<ConversationRecord>();
            foreach (var c in export.Conversations)
            {
                var members = c.Members?.Select(m => _batches.Person(m, people, MetadataFile(c.Kind), $"members of {c.Name}")).ToList();
                conversations.Add(new ConversationRecord(Source, c.Id, c.Kind, c.Name, c.Topic, c.Purpose, c.Created, c.Archived, members));
            }

            var url = workspaceUrl?.TrimEnd('/');
            return new ImportBatch("export metadata", new WorkspaceInfo(export.TeamId, null, url), people, conversations, [], []);
        }

        public ImportBatch DayBatch(SlackDayFile day, IReadOnlyList<SlackMessage> messages) => _batches.Messages(day.Entry, day.Conversation.Id, messages);

        private static string MetadataFile(ConversationKind kind) => kind switch
        {
            ConversationKind.PublicChannel => "channels.json",
            ConversationKind.PrivateChannel => "groups.json",
            ConversationKind.GroupDirectMessage => "mpims.json",
            _ => "dms.json",
        };
    }
}
