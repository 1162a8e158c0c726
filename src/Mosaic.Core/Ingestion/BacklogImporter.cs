using System.Diagnostics;
using System.Globalization;
using System.Text;
using Mosaic.Connectors;
using Mosaic.Connectors.Backlog;
using Mosaic.Domain;
using Mosaic.Permissions;
using Mosaic.Retrieval;
using Mosaic.Store;

namespace Mosaic.Ingestion;

/// How a backlog is imported: its format (detected when null), the conversation whose members alone may see it (the
/// whole workspace when null), and Jira's address, which makes links to Jira issues.
public sealed record BacklogImportOptions(string? Format = null, string? VisibleTo = null, string? JiraUrl = null);

/// Imports a backlog file as items of source "backlog", one per issue, with the issue key as native id and ref, so a
/// re-import updates each in place and appends a changed status to its history. Assignees and reporters are linked to
/// known people (mapping file, email, full name); anyone else is kept as the name the backlog gives and reported. A
/// bad row is reported by line (or JSON path) and field and skipped; the others are written, a chunk per transaction.
public sealed class BacklogImporter(IContentStore store, IDirectory directory)
{
    private const int ItemsPerTransaction = 2000;

    public async Task<ImportReport> ImportAsync(string path, BacklogImportOptions? options = null, IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        options ??= new BacklogImportOptions();
        var clock = Stopwatch.StartNew();
        var full = Path.GetFullPath(path);
        var format = options.Format ?? BacklogFormats.Detect(full);
        var reader = BacklogFormats.Reader(format);
        if (!File.Exists(full))
        {
            throw new MosaicException($"{full}: no such file.");
        }

        if (options.JiraUrl is not null && format != BacklogFormats.JiraCsv)
        {
            throw new MosaicException($"--url: Jira's address makes links for a Jira CSV export; {Path.GetFileName(full)} is read as {format}.");
        }

        var run = new Run(
            Path.GetFileName(full), await ScopeAsync(options.VisibleTo, ct), options.JiraUrl?.TrimEnd('/'),
            new IdentityResolver(await directory.ListPeopleAsync(null, ct)), File.GetLastWriteTimeUtc(full));
        var size = Math.Max(1, (int)Math.Min(int.MaxValue, new FileInfo(full).Length / 1024));
        var problems = new List<ImportProblem>();
        var totals = WriteResult.Empty;
        var position = 0L;

        async Task WriteAsync()
        {
            if (run.Pending.Count > 0)
            {
                totals = totals.Add(await store.WriteAsync(run.Batch(), ct));
            }

            progress?.Report(new ImportProgress((int)Math.Min(size, position / 1024), size, totals.ItemsAdded + totals.ItemsUpdated + totals.ItemsUnchanged + totals.ItemsForgotten, run.File));
        }

        progress?.Report(new ImportProgress(0, size, 0, run.File));
        foreach (var row in reader.Read(full, ct))
        {
            problems.AddRange(row.Problems);
            position = row.Position;
            if (row.Issue is { } issue)
            {
                if (run.Add(issue) is { } duplicate)
                {
                    problems.Add(duplicate);
                }

                if (run.Pending.Count >= ItemsPerTransaction)
                {
                    await WriteAsync();
                }
            }
        }

        await WriteAsync();
        problems.AddRange(run.UnknownPeople());
        return new ImportReport(totals, 1, 0, problems, clock.Elapsed);
    }

    private async Task<Scope> ScopeAsync(string? visibleTo, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(visibleTo))
        {
            return Scope.Workspace;
        }

        var conversation = await new NameResolver(directory).ConversationAsync(visibleTo, null, ct);
        return Scope.Conversation(conversation.Source, conversation.NativeId);
    }

    /// One import's state: the issues waiting for the next transaction, the keys seen, and the people not known.
    private sealed class Run(string file, Scope scope, string? jiraUrl, IdentityResolver resolver, DateTime fileTime)
    {
        private readonly Dictionary<string, int> _pendingIndex = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, string> _seen = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, PersonRef?> _people = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, (string Role, string Place, int Issues)> _unknown = new(StringComparer.OrdinalIgnoreCase);

        public string File => file;

        public List<(ItemRecord Item, BacklogRecord Record)> Pending { get; } = [];

        /// Takes an issue for the next transaction; an issue whose key came before is reported, and the later row wins.
        public ImportProblem? Add(BacklogIssue issue)
        {
            ImportProblem? duplicate = null;
            if (_seen.TryGetValue(issue.Key, out var earlier))
            {
                duplicate = new ImportProblem(file, issue.Place, $"{issue.Key} was already at {earlier}; the later row is kept", IsError: false);
            }

            _seen[issue.Key] = issue.Place;
            var converted = Convert(issue);
            if (_pendingIndex.TryGetValue(issue.Key, out var at))
            {
                Pending[at] = converted;
            }
            else
            {
                _pendingIndex[issue.Key] = Pending.Count;
                Pending.Add(converted);
            }

            return duplicate;
        }

        public ImportBatch Batch()
        {
            var batch = ImportBatch.OfItems(file, [], [], Pending.Select(p => p.Item).ToList()) with { Backlog = Pending.Select(p => p.Record).ToList() };
            Pending.Clear();
            _pendingIndex.Clear();
            return batch;
        }

        public IEnumerable<ImportProblem> UnknownPeople() => _unknown
            .OrderBy(u => u.Key, StringComparer.OrdinalIgnoreCase)
            .Select(u => new ImportProblem(
                file, u.Value.Place,
                $"{u.Value.Role} \"{u.Key}\" is not a person Mosaic knows ({u.Value.Issues} issue(s)); kept as the name given. Link them with `mosaic people map`, then import again.",
                IsError: false));

        private (ItemRecord, BacklogRecord) Convert(BacklogIssue issue)
        {
            var fallback = new DateTimeOffset(fileTime, TimeSpan.Zero);
            var reporter = issue.Reporter is { } r ? Person(r, "reporter", issue.Place) : null;
            var assignees = issue.Assignees.Select(a => new BacklogAssigneeRecord(a, Person(a, "assignee", issue.Place))).ToList();
            var item = new ItemRecord(
                BacklogRecord.Source, issue.Key, issue.Key, scope, reporter, issue.Created ?? issue.Updated ?? fallback, null,
                "backlog", Text(issue), Indexed: true, [], new Dictionary<string, int>(), 0, null)
            {
                AuthorLabel = reporter is null ? issue.Reporter : null,
                Title = issue.Summary,
                Url = issue.Url ?? (jiraUrl is null ? null : $"{jiraUrl}/browse/{Uri.EscapeDataString(issue.Key)}"),
            };
            var record = new BacklogRecord(
                issue.Key, TicketKeys.ProjectOf(issue.Key), issue.Type, issue.Status, issue.StatusSince ?? issue.Updated ?? issue.Created ?? fallback,
                issue.Priority, issue.StoryPoints, issue.Sprints, issue.Labels, assignees, issue.Created, issue.Updated, issue.Resolved);
            return (item, record);
        }

        /// The person a name, login or address belongs to, when one is clearly known; else null, remembered for the report.
        private PersonRef? Person(string name, string role, string place)
        {
            if (!_people.TryGetValue(name, out var person))
            {
                var address = name.Contains('@', StringComparison.Ordinal) ? new SourceAddress(null, name, role) : new SourceAddress(name, null, role);
                _people[name] = person = resolver.Resolve(address) is { } match ? PersonRef.Mosaic(match.Person.Id) : null;
            }

            if (person is null)
            {
                _unknown[name] = _unknown.TryGetValue(name, out var known) ? known with { Issues = known.Issues + 1 } : (role, place, 1);
            }

            return person;
        }

        /// What search finds and answers quote: the key and summary, the tracker's fields on one line, then the description.
        /// Every field is in the text, so a changed field is a changed item (updated, and re-indexed).
        private static string Text(BacklogIssue issue)
        {
            var facts = new List<string>();
            void Fact(string? value, string label)
            {
                if (!string.IsNullOrEmpty(value))
                {
                    facts.Add(label.Length == 0 ? value : $"{label}: {value}");
                }
            }

            Fact(issue.Type, "");
            Fact(issue.Status, "Status");
            Fact(issue.Priority, "Priority");
            Fact(string.Join(", ", issue.Assignees), issue.Assignees.Count > 1 ? "Assignees" : "Assignee");
            Fact(issue.Reporter, "Reporter");
            Fact(string.Join(", ", issue.Sprints), issue.Sprints.Count > 1 ? "Sprints" : "Sprint");
            Fact(issue.StoryPoints?.ToString("0.##", CultureInfo.InvariantCulture), "Story points");
            Fact(string.Join(", ", issue.Labels), "Labels");

            var text = new StringBuilder(issue.Key.Length + issue.Summary.Length + (issue.Description?.Length ?? 0) + 200);
            text.Append(issue.Key).Append(' ').Append(issue.Summary);
            if (facts.Count > 0)
            {
                text.Append('\n').AppendJoin(" · ", facts);
            }

            if (issue.Description is { } description)
            {
                text.Append("\n\n").Append(description);
            }

            return text.ToString();
        }
    }
}
