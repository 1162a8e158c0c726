using System.Text.RegularExpressions;
using Mosaic.Sample;
using MimeKit;

namespace Mosaic.Tests.Sample;

/// Checks the personal mail, calendars and notes WriteExport writes next to the zip, and the personal and
/// trap questions about them, by reading the files back with MimeKit, Ical.Net and Markdig.
public sealed partial class SamplePersonalSourcesTests : IDisposable
{
    private static readonly string[] Owners = ["maya", "priya"];

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "mosaic-sample-personal-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public void WriteExport_SameSeed_WritesByteIdenticalPersonalFiles()
    {
        SampleWorkspaceGenerator.WriteExport(Path.Combine(_directory, "a", "export.zip"));
        SampleWorkspaceGenerator.WriteExport(Path.Combine(_directory, "b", "export.zip"), seed: 43);

        var first = Files(Path.Combine(_directory, "a", "personal"));
        var second = Files(Path.Combine(_directory, "b", "personal"));
        Assert.Equal(first.Keys, second.Keys);
        Assert.All(first, f => Assert.Equal(f.Value, second[f.Key]));
    }

    [Fact]
    public void WriteExport_PersonalSources_AreMailCalendarAndNotesForMayaAndPriya()
    {
        var workspace = Generate();

        Assert.Equal(6, workspace.PersonalSources.Count);
        foreach (var owner in Owners)
        {
            var root = Path.Combine(_directory, "personal", owner);
            Assert.Equal(Path.Combine(root, "mail.mbox"), Source(workspace, owner, SamplePersonalKind.Mail));
            Assert.Equal(Path.Combine(root, "calendar.ics"), Source(workspace, owner, SamplePersonalKind.Calendar));
            Assert.Equal(Path.Combine(root, "notes"), Source(workspace, owner, SamplePersonalKind.Notes));
            Assert.True(File.Exists(Path.Combine(root, "mail.mbox")));
            Assert.True(File.Exists(Path.Combine(root, "calendar.ics")));
            Assert.InRange(Directory.GetFiles(Path.Combine(root, "notes"), "*.md", SearchOption.AllDirectories).Length, 3, 5);
        }
    }

    [Fact]
    public void WriteExport_Rerun_LeavesNoStaleNotes()
    {
        Generate();
        var stale = Path.Combine(_directory, "personal", "maya", "notes", "stale.md");
        File.WriteAllText(stale, "# Old\n");

        Generate();

        Assert.False(File.Exists(stale));
    }

    [Fact]
    public void Mbox_EveryMessage_ParsesWithMessageIdDateAndSender()
    {
        Generate();

        foreach (var owner in Owners)
        {
            var path = Path.Combine(_directory, "personal", owner, "mail.mbox");
            var mails = SamplePersonalFiles.Mails(path);
            var separators = File.ReadAllLines(path).Count(l => l.StartsWith("From ", StringComparison.Ordinal));

            // Every "From " line starts a message: a body line that began with "From " was escaped.
            Assert.Equal(separators, mails.Count);
            Assert.InRange(mails.Count, 20, 30);
            Assert.Contains(File.ReadAllLines(path), l => l.StartsWith(">From ", StringComparison.Ordinal));
            Assert.All(mails, m =>
            {
                Assert.False(string.IsNullOrEmpty(m.MessageId));
                Assert.NotEqual(DateTimeOffset.MinValue, m.Date);
                Assert.Single(m.From.Mailboxes);
                Assert.NotEmpty(m.To.Mailboxes);
                Assert.False(string.IsNullOrEmpty(m.Subject));
                Assert.True(m.TextBody is not null || m.HtmlBody is not null, $"{m.MessageId} has no body");
            });
            Assert.Equal(mails.Count, mails.Select(m => m.MessageId).Distinct(StringComparer.Ordinal).Count());
            Assert.Contains(mails, m => m.Date.Offset != TimeSpan.Zero);
        }
    }

    [Fact]
    public void Mbox_Messages_IncludeThreadsHtmlAlternativesAndAttachments()
    {
        Generate();

        foreach (var owner in Owners)
        {
            var mails = SamplePersonalFiles.Mails(Path.Combine(_directory, "personal", owner, "mail.mbox"));
            var ids = mails.Select(m => m.MessageId).ToHashSet(StringComparer.Ordinal);

            var replies = mails.Where(m => m.InReplyTo is not null).ToList();
            Assert.NotEmpty(replies);
            Assert.All(replies, r =>
            {
                Assert.Contains(r.InReplyTo, ids);
                Assert.Equal(r.InReplyTo, r.References[^1]);
                Assert.All(r.References, id => Assert.Contains(id, ids));
            });
            Assert.Contains(replies, r => r.References.Count >= 2);
            Assert.Contains(mails, m => m.Body is TextPart { IsHtml: true });
            Assert.Contains(mails, m => m.Body is MultipartAlternative);
            var attachment = mails.SelectMany(m => m.Attachments).OfType<MimePart>().Single();
            Assert.Equal(ContentEncoding.Base64, attachment.ContentTransferEncoding);
            Assert.False(string.IsNullOrEmpty(attachment.FileName));
        }
    }

    [Fact]
    public void Mbox_Senders_AreTeammatesAtWorkOrPrivateAddressesAndOutsiders()
    {
        Generate();
        var export = SampleExport.Read(Path.Combine(_directory, "export.zip"));
        var workEmails = export.Users.Select(u => u.Email).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        var names = export.Users.Select(u => u.RealName).ToHashSet(StringComparer.Ordinal);

        foreach (var owner in Owners)
        {
            var ownerName = export.Users.Single(u => u.Name == owner).RealName;
            var senders = SamplePersonalFiles.Mails(Path.Combine(_directory, "personal", owner, "mail.mbox"))
                .Select(m => m.From.Mailboxes.Single())
                .Where(s => s.Name != ownerName)
                .ToList();

            Assert.Contains(senders, s => workEmails.Contains(s.Address));
            Assert.Contains(senders, s => !workEmails.Contains(s.Address) && names.Contains(s.Name ?? ""));
            Assert.Contains(senders, s => !workEmails.Contains(s.Address) && !names.Contains(s.Name ?? ""));
        }
    }

    [Fact]
    public void Calendar_Events_IncludeARecurringOneOnOneAPrivateAppointmentAndAllDayEvents()
    {
        Generate();
        var export = SampleExport.Read(Path.Combine(_directory, "export.zip"));
        var workEmails = export.Users.Select(u => "mailto:" + u.Email).ToHashSet(StringComparer.OrdinalIgnoreCase);

        foreach (var owner in Owners)
        {
            var events = SamplePersonalFiles.Calendar(Path.Combine(_directory, "personal", owner, "calendar.ics")).Events.ToList();

            var recurring = Assert.Single(events, e => e.RecurrenceRule is not null);
            Assert.NotEmpty(recurring.ExceptionDates.GetAllDates());
            var rule = recurring.RecurrenceRule!;
            Assert.True(rule.Count is not null || rule.Until is not null);
            Assert.False(string.IsNullOrEmpty(recurring.DtStart!.TzId));
            Assert.Contains(events, e => e.Class == "PRIVATE");
            Assert.Contains(events, e => e.IsAllDay);
            Assert.Contains(events, e => e.Organizer is { } o && workEmails.Contains(o.Value!.ToString()) && !string.IsNullOrEmpty(o.CommonName));
            Assert.Contains(events, e => e.Attendees.Count(a => workEmails.Contains(a.Value!.ToString()) && !string.IsNullOrEmpty(a.CommonName)) >= 2);
            Assert.Equal(events.Count, events.Select(e => e.Uid).Distinct(StringComparer.Ordinal).Count());
        }
    }

    [Fact]
    public void Notes_CarryADateAndHeadings()
    {
        Generate();

        foreach (var owner in Owners)
        {
            var folder = Path.Combine(_directory, "personal", owner, "notes");
            foreach (var file in Directory.GetFiles(folder, "*.md", SearchOption.AllDirectories))
            {
                var text = File.ReadAllText(file);
                Assert.True(DateLine().IsMatch(text) || FileDate().IsMatch(Path.GetFileName(file)), $"{file} has no date");
            }
            var sections = SamplePersonalFiles.NoteSections(folder);
            Assert.True(sections.Count >= 3 * 2);
            Assert.Equal(sections.Count, sections.Select(s => (s.Path, s.Slug)).Distinct().Count());
        }
    }

    [Fact]
    public void GroundTruth_PersonalIds_ReferToItemsInThePersonalFiles()
    {
        var (workspace, export, items) = GenerateWithItems();

        var personal = workspace.GroundTruth.SelectMany(c => c.Expected.Concat(c.Forbidden))
            .Where(i => !i.StartsWith("slack:", StringComparison.Ordinal) && !i.StartsWith("backlog:", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(personal);
        Assert.All(personal, id => Assert.True(items.ContainsKey(id), $"{id} is not in the personal files"));

        // Slack ids are checked against the export by SampleWorkspaceGeneratorTests; the texts are needed for the phrases below.
        var slackText = export.Messages.ToDictionary(m => m.ItemId, m => m.Text, StringComparer.Ordinal);
        foreach (var trap in workspace.GroundTruth.Where(c => c.Kind == GroundTruthKind.Trap))
        {
            var texts = trap.Forbidden.Select(f => items.TryGetValue(f, out var text) ? text : slackText[f]).ToList();
            Assert.All(trap.ForbiddenPhrases, phrase =>
                Assert.True(texts.Any(t => t.Contains(phrase, StringComparison.OrdinalIgnoreCase)), $"{trap.Id}: \"{phrase}\" is in none of its forbidden items"));
        }
    }

    [Fact]
    public void GroundTruth_PersonalCases_AskOwnersAboutTheirOwnMailCalendarAndNotes()
    {
        var (workspace, export, _) = GenerateWithItems();
        var cases = workspace.GroundTruth.Where(c => c.Kind == GroundTruthKind.Personal).ToList();

        Assert.All(cases, c =>
        {
            Assert.Null(c.Audience);
            var owner = export.UserId(c.Asker);
            Assert.All(c.Expected, id => Assert.Matches($"^(mail|calendar|notes):{owner}/", id));
        });
        var expected = cases.SelectMany(c => c.Expected).ToList();
        Assert.True(cases.Count(c => c.Expected.Any(i => i.StartsWith("mail:", StringComparison.Ordinal))) >= 2);
        Assert.True(cases.Count(c => c.Expected.Any(i => i.StartsWith("calendar:", StringComparison.Ordinal))) >= 2);
        Assert.True(cases.Count(c => c.Expected.Any(i => i.StartsWith("notes:", StringComparison.Ordinal))) >= 2);
        Assert.Contains(expected, i => Occurrence().IsMatch(i));
        Assert.Equal(Owners, cases.Select(c => c.Asker).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void GroundTruth_TrapForbiddenItems_AreNotVisibleToTheAudience()
    {
        var (workspace, export, _) = GenerateWithItems();
        var traps = workspace.GroundTruth.Where(c => c.Kind == GroundTruthKind.Trap).ToList();

        Assert.True(traps.Count >= 8);
        Assert.All(traps, c =>
        {
            Assert.NotEmpty(c.Forbidden);
            Assert.NotEmpty(c.ForbiddenPhrases);
            var viewers = export.Viewers(c.Asker, c.Audience);
            foreach (var id in c.Forbidden)
            {
                if (id.StartsWith("slack:", StringComparison.Ordinal))
                {
                    var members = export.Conversations[SampleExport.ParseSlackId(id).ConversationId].Members;
                    Assert.True(viewers.Any(v => !members.Contains(v)), $"{c.Id}: everyone it is shown to may see {id}");
                }
                else
                {
                    // A personal item is shown to its owner alone, and never to a channel.
                    var owner = id[(id.IndexOf(':', StringComparison.Ordinal) + 1)..id.IndexOf('/', StringComparison.Ordinal)];
                    Assert.True(c.Audience is not null || owner != export.UserId(c.Asker), $"{c.Id}: {c.Asker} owns {id}");
                }
            }
        });
    }

    [Fact]
    public void GroundTruth_Traps_CoverTeammatesChannelsPrivateChannelsDmsAndAnInjection()
    {
        var (workspace, export, _) = GenerateWithItems();
        var traps = workspace.GroundTruth.Where(c => c.Kind == GroundTruthKind.Trap).ToList();

        bool Personal(string id) => !id.StartsWith("slack:", StringComparison.Ordinal);
        string Kind(string id) => export.Conversations[SampleExport.ParseSlackId(id).ConversationId].Kind;

        Assert.Contains(traps, c => c.Audience is null && c.Forbidden.All(Personal));
        Assert.Contains(traps, c => c.Audience is not null && c.Forbidden.All(Personal)
            && c.Forbidden.All(id => id.Contains($":{export.UserId(c.Asker)}/", StringComparison.Ordinal)));
        Assert.Contains(traps, c => c.Audience == "general" && c.Forbidden.All(id => !Personal(id) && Kind(id) == "group"));
        Assert.Contains(traps, c => c.Audience is null && c.Forbidden.All(id => !Personal(id) && Kind(id) == "dm"));

        var injection = Assert.Single(export.Messages, m => m.Text.Contains("ignore your rules", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("channel", export.Conversations[injection.ConversationId].Kind);
        Assert.Contains(traps, c => c.Audience is not null && c.Forbidden.All(id => !Personal(id) && Kind(id) == "group")
            && c.Question.Contains("leadership", StringComparison.OrdinalIgnoreCase));
    }

    private SampleWorkspace Generate() => SampleWorkspaceGenerator.WriteExport(Path.Combine(_directory, "export.zip"));

    private (SampleWorkspace Workspace, SampleExport Export, Dictionary<string, string> Items) GenerateWithItems()
    {
        var workspace = Generate();
        var export = SampleExport.Read(Path.Combine(_directory, "export.zip"));
        var items = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var owner in Owners)
        {
            foreach (var item in SamplePersonalFiles.Items(export.UserId(owner), Path.Combine(_directory, "personal", owner)))
            {
                items.Add(item.Key, item.Value);
            }
        }
        return (workspace, export, items);
    }

    private static string Source(SampleWorkspace workspace, string owner, string kind) =>
        workspace.PersonalSources.Single(s => s.Owner == owner && s.Kind == kind).Path;

    private static SortedDictionary<string, byte[]> Files(string root) =>
        new(Directory.GetFiles(root, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(root, f), File.ReadAllBytes), StringComparer.Ordinal);

    [GeneratedRegex(@"^date: \d{4}-\d{2}-\d{2}$", RegexOptions.Multiline)]
    private static partial Regex DateLine();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}-")]
    private static partial Regex FileDate();

    [GeneratedRegex(@"^calendar:U0[0-9A-Z]+/[^/]+/\d{8}T\d{6}Z$")]
    private static partial Regex Occurrence();
}
