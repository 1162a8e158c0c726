using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using Mosaic.Sample;

namespace Mosaic.Tests.Sample;

/// Checks the Slack export and the shape of the ground truth by reading the written files back (SampleExport).
public sealed partial class SampleWorkspaceGeneratorTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "mosaic-sample-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public void WriteExport_SameSeed_WritesByteIdenticalZips()
    {
        var first = Path.Combine(_directory, "a", "export.zip");
        var second = Path.Combine(_directory, "b", "export.zip");

        SampleWorkspaceGenerator.WriteExport(first);
        SampleWorkspaceGenerator.WriteExport(second);

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        Assert.Equal(File.ReadAllBytes(Path.Combine(_directory, "a", "ground-truth.json")), File.ReadAllBytes(Path.Combine(_directory, "b", "ground-truth.json")));
    }

    [Fact]
    public void WriteExport_DifferentSeed_WritesDifferentZip()
    {
        var first = Path.Combine(_directory, "a", "export.zip");
        var second = Path.Combine(_directory, "b", "export.zip");

        SampleWorkspaceGenerator.WriteExport(first, seed: 42);
        SampleWorkspaceGenerator.WriteExport(second, seed: 43);

        Assert.NotEqual(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }

    [Fact]
    public void WriteExport_ExistingFile_IsOverwritten()
    {
        var path = Path.Combine(_directory, "export.zip");
        Directory.CreateDirectory(_directory);
        File.WriteAllBytes(path, new byte[2_000_000]);

        SampleWorkspaceGenerator.WriteExport(path);

        using var zip = ZipFile.OpenRead(path);
        Assert.NotNull(zip.GetEntry("users.json"));
    }

    [Fact]
    public void WriteExport_DefaultSeed_HasAboutFiveThousandMessages()
    {
        var (workspace, export) = Generate();

        Assert.InRange(workspace.MessageCount, 4_500, 5_500);
        Assert.Equal(workspace.MessageCount, export.Messages.Count);
        Assert.Equal(export.Users.Count, workspace.PeopleCount);
        Assert.Equal(export.Conversations.Count, workspace.ConversationCount);
    }

    [Fact]
    public void WriteExport_Zip_HasListFilesAndDayFilesUnderConversationFolders()
    {
        var path = Path.Combine(_directory, "export.zip");
        SampleWorkspaceGenerator.WriteExport(path);
        var export = SampleExport.Read(path);

        using var zip = ZipFile.OpenRead(path);
        var names = zip.Entries.Select(e => e.FullName).ToList();
        foreach (var list in new[] { "users.json", "channels.json", "groups.json", "dms.json", "mpims.json" })
        {
            Assert.Contains(list, names);
        }

        var dayFiles = names.Where(n => n.Contains('/', StringComparison.Ordinal)).ToList();
        Assert.Equal(names.Count - 5, dayFiles.Count);
        var folders = export.Conversations.Values.Select(c => c.Folder).ToHashSet(StringComparer.Ordinal);
        foreach (var name in dayFiles)
        {
            Assert.Matches(DayFile(), name);
            Assert.Contains(name.Split('/')[0], folders);
        }
        foreach (var folder in folders)
        {
            Assert.Contains(dayFiles, n => n.StartsWith(folder + "/", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void WriteExport_DayFiles_HoldThatUtcDaysMessagesSortedWithUniqueTs()
    {
        var (_, export) = Generate();

        foreach (var group in export.Messages.GroupBy(m => m.File))
        {
            var day = group.Key.Split('/')[1][..10];
            var stamps = group.Select(m => m.Ts).ToList();
            Assert.All(stamps, ts => Assert.Equal(day, UtcDay(ts)));
            Assert.Equal(stamps.Order(StringComparer.Ordinal), stamps);
        }
        foreach (var conversation in export.Messages.GroupBy(m => m.ConversationId))
        {
            var stamps = conversation.Select(m => m.Ts).ToList();
            Assert.Equal(stamps.Count, stamps.Distinct(StringComparer.Ordinal).Count());
            Assert.All(stamps, ts => Assert.Matches(SlackTs(), ts));
        }
    }

    [Fact]
    public void WriteExport_ThreadReplies_ComeAfterTheirParentInTheSameConversation()
    {
        var (_, export) = Generate();
        var byKey = export.Messages.ToDictionary(m => (m.ConversationId, m.Ts));

        foreach (var reply in export.Messages.Where(m => m.ThreadTs is not null && m.ThreadTs != m.Ts))
        {
            Assert.True(byKey.ContainsKey((reply.ConversationId, reply.ThreadTs!)), $"parent {reply.ThreadTs} of {reply.Ts} is missing");
            Assert.True(string.CompareOrdinal(reply.Ts, reply.ThreadTs) > 0);
        }
    }

    [Fact]
    public void GroundTruth_SlackIds_ExistAsMessagesInTheirConversation()
    {
        var (workspace, export) = Generate();
        var ids = export.Messages.Select(m => m.ItemId).ToHashSet(StringComparer.Ordinal);

        Assert.All(workspace.GroundTruth, c =>
        {
            var slack = c.Expected.Concat(c.Forbidden).Where(i => i.StartsWith("slack:", StringComparison.Ordinal)).ToList();
            Assert.All(slack, i => Assert.Contains(i, ids));
            Assert.All(c.Expected.Concat(c.Forbidden), i => Assert.Matches(ItemId(), i));
        });
    }

    [Fact]
    public void GroundTruth_EveryCaseButTraps_ExpectsSomethingAndForbidsNothing()
    {
        var (workspace, _) = Generate();

        Assert.All(workspace.GroundTruth.Where(c => c.Kind != GroundTruthKind.Trap), c =>
        {
            Assert.NotEmpty(c.Expected);
            Assert.Empty(c.Forbidden);
            Assert.Empty(c.ForbiddenPhrases);
        });
    }

    [Fact]
    public void GroundTruth_AskerAndAudience_AreCurrentMembersOfEveryExpectedConversation()
    {
        var (workspace, export) = Generate();
        var userIds = export.Users.ToDictionary(u => u.Name, u => u.Id, StringComparer.Ordinal);

        foreach (var c in workspace.GroundTruth)
        {
            var viewers = export.Viewers(c.Asker, c.Audience);
            Assert.Contains(userIds[c.Asker], viewers);
            foreach (var expected in c.Expected.Where(i => i.StartsWith("slack:", StringComparison.Ordinal)))
            {
                var conversation = SampleExport.ParseSlackId(expected).ConversationId;
                var members = export.Conversations[conversation].Members;
                Assert.All(viewers, v => Assert.True(members.Contains(v), $"{c.Id}: {v} is not a member of {conversation}"));
            }
        }
    }

    [Fact]
    public void GroundTruth_CoversEveryKindWithUniqueIds()
    {
        var (workspace, _) = Generate();
        var truth = workspace.GroundTruth;

        Assert.InRange(truth.Count, 60, 100);
        Assert.Equal(truth.Count, truth.Select(c => c.Id).Distinct(StringComparer.Ordinal).Count());
        foreach (var kind in new[] { "fact", "owner", "decision", "decision-changed", "jargon", "ticket", "time", "thread", "personal", "trap" })
        {
            Assert.Contains(truth, c => c.Kind == kind);
        }
        Assert.All(truth, c => Assert.Contains(c.Kind, GroundTruthKind.All));
        Assert.Contains(truth, c => c.Now is not null);
        Assert.Contains(truth, c => c.Audience is not null);
    }

    [Fact]
    public void GroundTruth_ThreadCases_ExpectRepliesInsideAThread()
    {
        var (workspace, export) = Generate();
        var byKey = export.Messages.ToDictionary(m => (m.ConversationId, m.Ts));

        foreach (var c in workspace.GroundTruth.Where(c => c.Kind == GroundTruthKind.Thread))
        {
            Assert.All(c.Expected, e =>
            {
                var message = byKey[SampleExport.ParseSlackId(e)];
                Assert.NotNull(message.ThreadTs);
                Assert.NotEqual(message.Ts, message.ThreadTs);
            });
        }
    }

    [Fact]
    public void GroundTruth_SomeFactsLiveOnlyInPrivateConversations()
    {
        var (workspace, export) = Generate();

        var privateRefs = workspace.GroundTruth
            .SelectMany(c => c.Expected)
            .Where(e => e.StartsWith("slack:", StringComparison.Ordinal))
            .Select(e => export.Conversations[SampleExport.ParseSlackId(e).ConversationId].Kind)
            .Where(k => k != "channel")
            .ToHashSet(StringComparer.Ordinal);

        Assert.Contains("group", privateRefs);
        Assert.Contains("dm", privateRefs);
        Assert.Contains("mpim", privateRefs);
    }

    [Fact]
    public void GroundTruth_IsWrittenNextToTheZipAsCamelCaseJson()
    {
        var path = Path.Combine(_directory, "export.zip");
        var workspace = SampleWorkspaceGenerator.WriteExport(path);

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_directory, "ground-truth.json")));
        var cases = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(workspace.GroundTruth.Count, cases.Count);
        Assert.Equal(workspace.GroundTruth[0].Id, cases[0].GetProperty("id").GetString());
        Assert.Equal(workspace.GroundTruth[0].Expected[0], cases[0].GetProperty("expected")[0].GetString());
        var trap = workspace.GroundTruth.Select((c, i) => (c, i)).First(x => x.c.Kind == GroundTruthKind.Trap);
        Assert.Equal(trap.c.Forbidden, cases[trap.i].GetProperty("forbidden").EnumerateArray().Select(f => f.GetString()!));
        Assert.Equal(trap.c.ForbiddenPhrases, cases[trap.i].GetProperty("forbiddenPhrases").EnumerateArray().Select(f => f.GetString()!));
    }

    [Fact]
    public void WriteExport_Export_HasTheMessageShapesAnImporterMustHandle()
    {
        var (_, export) = Generate();
        var messages = export.Messages;

        Assert.Contains(messages, m => m.Subtype == "channel_join");
        Assert.Contains(messages, m => m.Subtype == "channel_leave");
        Assert.Contains(messages, m => m.Subtype == "tombstone" && m.ReplyCount > 0);
        Assert.Contains(messages, m => m.Subtype == "file_share" && m.HasFiles);
        Assert.Contains(messages, m => m.Subtype == "bot_message" && m.User is null && m.BotId is not null);
        Assert.Contains(messages, m => m.Subtype == "thread_broadcast");
        Assert.Contains(messages, m => m.Edited);
        Assert.Contains(messages, m => m.HasReactions);
        Assert.Contains(export.Users, u => u.IsBot);
    }

    [Fact]
    public void WriteExport_SomeoneWhoLeftAChannel_IsNotAmongItsMembers()
    {
        var (_, export) = Generate();

        var leaves = export.Messages.Where(m => m.Subtype == "channel_leave").ToList();
        Assert.NotEmpty(leaves);
        foreach (var leave in leaves)
        {
            var rejoined = export.Messages.Any(m => m.Subtype == "channel_join" && m.ConversationId == leave.ConversationId
                && m.User == leave.User && string.CompareOrdinal(m.Ts, leave.Ts) > 0);
            if (!rejoined)
            {
                Assert.DoesNotContain(leave.User!, export.Conversations[leave.ConversationId].Members);
            }
        }
    }

    [Fact]
    public void WriteExport_Conversations_IncludeExactlyOnePrivateChannelAndSomeDirectMessages()
    {
        var (_, export) = Generate();
        var kinds = export.Conversations.Values.GroupBy(c => c.Kind).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

        Assert.Equal(1, kinds["group"]);
        Assert.True(kinds["dm"] >= 2);
        Assert.True(kinds["mpim"] >= 1);
        Assert.True(kinds["channel"] >= 5);
        Assert.All(export.Conversations.Keys, id => Assert.Matches(SlackId(), id));
        Assert.All(export.Users, u => Assert.Matches(SlackId(), u.Id));
    }

    private (SampleWorkspace Workspace, SampleExport Export) Generate()
    {
        var path = Path.Combine(_directory, "export.zip");
        var workspace = SampleWorkspaceGenerator.WriteExport(path);
        return (workspace, SampleExport.Read(path));
    }

    private static string UtcDay(string ts) =>
        DateTimeOffset.FromUnixTimeSeconds(long.Parse(ts.Split('.')[0], System.Globalization.CultureInfo.InvariantCulture)).UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^[^/]+/\d{4}-\d{2}-\d{2}\.json$")]
    private static partial Regex DayFile();

    [GeneratedRegex(@"^\d{10}\.\d{6}$")]
    private static partial Regex SlackTs();

    [GeneratedRegex(@"^[UCGD]0[0-9A-Z]{7,10}$")]
    private static partial Regex SlackId();

    [GeneratedRegex(@"^(slack:[CGD]0[0-9A-Z]+/\d{10}\.\d{6}|mail:U0[0-9A-Z]+/[^<>\s]+@[^<>\s]+|calendar:U0[0-9A-Z]+/[^/\s]+(/\d{8}T\d{6}Z)?|notes:U0[0-9A-Z]+/[^#\s]+\.md#[\p{Ll}\p{Nd}]+(-[\p{Ll}\p{Nd}]+)*|backlog:HBR-\d{3})$")]
    private static partial Regex ItemId();
}
