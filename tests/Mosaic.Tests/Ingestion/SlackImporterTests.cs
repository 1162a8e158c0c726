using Mosaic.Store.Sqlite;
using Mosaic.Ingestion;
using Mosaic.Permissions;
using Mosaic.Store;
using Mosaic.Tests.Fakes;
using static Mosaic.Tests.Fakes.TestWorkspace;

namespace Mosaic.Tests.Ingestion;

public sealed class SlackImporterTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Import_Basic_CountsEverythingAndReportsNoProblems()
    {
        var (store, report) = await ImportAsync(Basic(), _temp);
        await using var _ = store;

        Assert.Empty(report.Problems);
        Assert.Equal(5, report.Totals.ItemsAdded);
        Assert.Equal(4, report.Totals.PeopleAdded);
        Assert.Equal(5, report.Totals.ConversationsAdded);
        Assert.Equal(5, report.FilesRead);
    }

    [Fact]
    public async Task Import_SameExportTwice_ChangesNothingAndCountsSkipped()
    {
        var folder = Basic().WriteFolder(_temp.File("export"));
        await using var store = await SqliteContentStore.OpenAsync(_temp.File("twice.db"));
        var importer = new SlackImporter(store, store);
        await importer.ImportAsync(folder);
        var before = await SearchIdsAsync(store, "maya", "flamingo");
        var people = (await store.ListPeopleAsync()).Count;

        var second = await importer.ImportAsync(folder);

        Assert.Equal(0, second.Totals.ItemsAdded);
        Assert.Equal(0, second.Totals.ItemsUpdated);
        Assert.Equal(5, second.Totals.ItemsUnchanged);
        Assert.Equal(0, second.Totals.PeopleAdded);
        Assert.Equal(0, second.Totals.ConversationsAdded);
        Assert.Equal(people, (await store.ListPeopleAsync()).Count);
        Assert.Equal(before, await SearchIdsAsync(store, "maya", "flamingo"));
    }

    [Fact]
    public async Task Reimport_WithEditedText_ReplacesTheTextInTheIndex()
    {
        var (store, _) = await ImportAsync(Basic(), _temp, "first");
        await using var __ = store;
        var edited = Conversations()
            .Message(General, "1757412000.000100", Maya, "Welcome everyone, the kickoff agenda is in the wiki now",
                m => m["edited"] = new System.Text.Json.Nodes.JsonObject { ["user"] = Maya, ["ts"] = "1757415000.000000" });

        var report = await new SlackImporter(store, store).ImportAsync(edited.WriteFolder(_temp.File("second")));

        Assert.Equal(1, report.Totals.ItemsUpdated);
        Assert.Empty(await SearchIdsAsync(store, "maya", "pinned"));
        Assert.Equal([Id(General, "1757412000.000100")], await SearchIdsAsync(store, "maya", "wiki"));
    }

    [Fact]
    public async Task SameMessageInTwoDayFiles_TheLaterFileWinsAndTheIndexHoldsOnlyItsText()
    {
        // A malformed export can repeat a message in another day file; both land in one transaction.
        var builder = Basic().File(
            "general/2099-01-01.json",
            """[{"type": "message", "ts": "1757412000.000100", "user": "U01MAYA", "text": "Welcome everyone, the pelican notes are pinned"}]""");
        var (store, report) = await ImportAsync(builder, _temp);
        await using var _ = store;

        Assert.Equal(5, report.Totals.ItemsAdded);
        Assert.Empty(await SearchIdsAsync(store, "maya", "kickoff"));
        Assert.Equal([Id(General, "1757412000.000100")], await SearchIdsAsync(store, "maya", "pelican"));
    }

    [Fact]
    public async Task Edits_KeepTheFinalText()
    {
        var builder = Conversations().Message(Dev, "1757412100.000100", Priya, "Deploy window is Thursday evening (edited: not Wednesday)",
            m => m["edited"] = new System.Text.Json.Nodes.JsonObject { ["user"] = Priya, ["ts"] = "1757412900.000000" });
        var (store, _) = await ImportAsync(builder, _temp);
        await using var _s = store;

        var response = await Queries(store).SearchAsync(await RequestAsync(store, "priya"), "deploy window", 5);

        Assert.Equal("Deploy window is Thursday evening (edited: not Wednesday)", Assert.Single(response.Results).Text);
    }

    [Fact]
    public async Task Threads_AHitBringsItsRootAndNeighbouringReplies()
    {
        var builder = Conversations()
            .Message(Dev, "1757412000.000100", Maya, "Which queue should the invoice emails go through?", m =>
            {
                m["thread_ts"] = "1757412000.000100";
                m["reply_count"] = 4;
                m["replies"] = new System.Text.Json.Nodes.JsonArray(
                    new System.Text.Json.Nodes.JsonObject { ["user"] = Priya, ["ts"] = "1757412060.000100" });
            })
            .Message(Dev, "1757412060.000100", Priya, "The existing one is fine", m => m["thread_ts"] = "1757412000.000100")
            .Message(Dev, "1757412120.000100", Lena, "It is already overloaded on Mondays", m => m["thread_ts"] = "1757412000.000100")
            .Message(Dev, "1757412180.000100", Priya, "Then a separate zebra queue it is", m => m["thread_ts"] = "1757412000.000100")
            .Message(Dev, "1757412240.000100", Maya, "Thanks both", m => m["thread_ts"] = "1757412000.000100");
        var (store, _) = await ImportAsync(builder, _temp);
        await using var _s = store;
        var request = await RequestAsync(store, "lena");

        var hits = await store.SearchAsync(new SearchQuery(["zebra"], 5), request.Access);
        var hit = Assert.Single(hits).Item;
        var context = await store.GetThreadContextAsync([hit], 1, request.Access);

        Assert.Equal(3, hit.Position);
        Assert.Equal("1757412000.000100", hit.ThreadRef);
        Assert.Equal([0, 2, 3, 4], context.Select(c => c.Position!.Value).ToArray());
        Assert.True(context[0].IsThreadRoot);
        Assert.Equal(4, context[0].ReplyCount);
    }

    [Fact]
    public async Task JoinAndLeave_UpdateMembership_WhenTheMetadataHasNoMemberList()
    {
        var builder = People()
            .ChannelWithoutMemberList("C09OPEN", "design")
            .Message("C09OPEN", "1757412000.000100", Maya, "<@U01MAYA> has joined the channel", m => m["subtype"] = "channel_join")
            .Message("C09OPEN", "1757412010.000100", Lena, "<@U04LENA> has joined the channel", m => m["subtype"] = "channel_join")
            .Message("C09OPEN", "1757412100.000100", Maya, "Mockups for the octopus screen are up")
            .Message("C09OPEN", "1757498500.000100", Lena, "<@U04LENA> has left the channel", m => m["subtype"] = "channel_leave");
        var (store, _) = await ImportAsync(builder, _temp);
        await using var _s = store;

        Assert.Equal([Id("C09OPEN", "1757412100.000100")], await SearchIdsAsync(store, "maya", "octopus"));
        Assert.Empty(await SearchIdsAsync(store, "lena", "octopus"));
        Assert.Empty(await SearchIdsAsync(store, "maya", "joined"));
    }

    [Fact]
    public async Task MemberList_IsNewerThanJoinMessages_SoAPersonWhoLeftSeesNothing()
    {
        var builder = People()
            .Channel("C09DES", "design", Maya, Priya)
            .Message("C09DES", "1757412000.000100", Lena, "<@U04LENA> has joined the channel", m => m["subtype"] = "channel_join")
            .Message("C09DES", "1757412100.000100", Maya, "Mockups for the octopus screen are up");
        var (store, _) = await ImportAsync(builder, _temp);
        await using var _s = store;

        Assert.Empty(await SearchIdsAsync(store, "lena", "octopus"));
        Assert.Single(await SearchIdsAsync(store, "priya", "octopus"));
    }

    [Fact]
    public async Task BotMessages_AreAuthoredByTheBot_WithAttachmentText()
    {
        var builder = Conversations().Message(General, "1757412000.000100", null, "Deployed build 1.4.2 to production", m =>
        {
            m["subtype"] = "bot_message";
            m["bot_id"] = "B01DEPLOY";
            m["username"] = "deploybot";
            m["attachments"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["fallback"] = "Changelog: walrus fix for exports" });
        });
        var (store, _) = await ImportAsync(builder, _temp);
        await using var _s = store;

        var result = Assert.Single((await Queries(store).SearchAsync(await RequestAsync(store, "lena"), "walrus", 5)).Results);

        Assert.Equal("deploybot", result.Author);
        Assert.Contains("Deployed build 1.4.2 to production", result.Text);
    }

    [Fact]
    public async Task FileShares_KeepFileNamesAndTitlesSearchable()
    {
        var builder = Conversations().Message(Dev, "1757412000.000100", Lena, "Here is the plan", m =>
        {
            m["subtype"] = "file_share";
            m["files"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject
            {
                ["id"] = "F01", ["name"] = "q4-roadmap.pdf", ["title"] = "Quarterly roadmap", ["filetype"] = "pdf",
            });
        });
        var (store, _) = await ImportAsync(builder, _temp);
        await using var _s = store;
        var request = await RequestAsync(store, "lena");

        var byTitle = Assert.Single((await Queries(store).SearchAsync(request, "quarterly", 5)).Results);
        var byName = Assert.Single((await Queries(store).SearchAsync(request, "q4-roadmap", 5)).Results);

        Assert.Equal(byTitle.Id, byName.Id);
        Assert.Equal("Here is the plan\n[file] Quarterly roadmap (q4-roadmap.pdf)", byTitle.Text);
    }

    [Fact]
    public async Task Tombstones_AreNotIndexed_ButTheirRepliesAre()
    {
        var builder = Conversations()
            .Message(Dev, "1757412000.000100", null, "This message was deleted.", m =>
            {
                m["subtype"] = "tombstone";
                m["hidden"] = true;
                m["thread_ts"] = "1757412000.000100";
                m["reply_count"] = 1;
            })
            .Message(Dev, "1757412060.000100", Priya, "Agreed, the heron cache goes", m => m["thread_ts"] = "1757412000.000100");
        var (store, _) = await ImportAsync(builder, _temp);
        await using var _s = store;
        var request = await RequestAsync(store, "priya");

        Assert.Empty(await SearchIdsAsync(store, "priya", "deleted"));
        var reply = Assert.Single(await store.SearchAsync(new SearchQuery(["heron"], 5), request.Access)).Item;
        var context = await store.GetThreadContextAsync([reply], 2, request.Access);
        Assert.Equal([reply.Id], context.Select(c => c.Id).ToArray());
    }

    [Fact]
    public async Task Markup_IsRenderedAsReadableText()
    {
        var builder = Conversations().Message(Dev, "1757412000.000100", Maya,
            "<@U03PRIYA> see <#C01GEN|general> and <https://wiki.example/raccoon|the raccoon spec> &amp; <https://x.example/plain> &lt;3 <!here> <mailto:a@b.example|a@b.example> <@U0GHOST>");
        var (store, _) = await ImportAsync(builder, _temp);
        await using var _s = store;

        var text = Assert.Single((await Queries(store).SearchAsync(await RequestAsync(store, "maya"), "raccoon", 5)).Results).Text;

        Assert.Equal("@priya see #general and the raccoon spec (https://wiki.example/raccoon) & https://x.example/plain <3 @here a@b.example @U0GHOST", text);
    }

    [Fact]
    public async Task Reactions_AreKeptAsCounts()
    {
        var builder = Conversations().Message(General, "1757412000.000100", Maya, "Release party on Friday", m =>
            m["reactions"] = new System.Text.Json.Nodes.JsonArray(
                new System.Text.Json.Nodes.JsonObject { ["name"] = "tada", ["users"] = new System.Text.Json.Nodes.JsonArray(Priya, Lena), ["count"] = 2 },
                new System.Text.Json.Nodes.JsonObject { ["name"] = "+1", ["users"] = new System.Text.Json.Nodes.JsonArray(Tomas), ["count"] = 1 }));
        var (store, _) = await ImportAsync(builder, _temp);
        await using var _s = store;
        var request = await RequestAsync(store, "maya");

        var hit = Assert.Single(await store.SearchAsync(new SearchQuery(["party"], 5), request.Access));

        Assert.Equal(3, hit.Item.ReactionCount);
    }

    [Fact]
    public async Task ZipAndFolder_ImportTheSameItems()
    {
        var builder = Basic();
        var zip = builder.WriteZip(_temp.File("export.zip"));
        var (fromFolder, _) = await ImportAsync(builder, _temp, "folder");
        await using var _f = fromFolder;
        await using var fromZip = await SqliteContentStore.OpenAsync(_temp.File("zip.db"));

        var report = await new SlackImporter(fromZip, fromZip).ImportAsync(zip);

        Assert.Equal(5, report.Totals.ItemsAdded);
        Assert.Equal(await SearchIdsAsync(fromFolder, "maya", "flamingo"), await SearchIdsAsync(fromZip, "maya", "flamingo"));
    }

    [Fact]
    public async Task Zip_WithTheExportInsideOneTopFolder_IsAccepted()
    {
        var files = Basic().Files();
        var zip = _temp.File("nested.zip");
        using (var archive = System.IO.Compression.ZipFile.Open(zip, System.IO.Compression.ZipArchiveMode.Create))
        {
            foreach (var (entry, bytes) in files)
            {
                using var stream = archive.CreateEntry("Harbor Slack export/" + entry).Open();
                stream.Write(bytes);
            }
        }

        await using var store = await SqliteContentStore.OpenAsync(_temp.File("nested.db"));
        var report = await new SlackImporter(store, store).ImportAsync(zip);

        Assert.Equal(5, report.Totals.ItemsAdded);
        Assert.Empty(report.Problems);
    }

    [Fact]
    public async Task Import_FromAnotherSlackTeam_IntoTheSameDatabase_IsRefused()
    {
        var (store, _) = await ImportAsync(Basic(), _temp);
        await using var _s = store;
        var other = new SlackExportBuilder()
            .User("U9", "zed")
            .Channel("C9", "general", "U9")
            .File("users.json", """[{"id":"U9","team_id":"T0OTHER","name":"zed"}]""");

        var error = await Assert.ThrowsAsync<MosaicException>(() => new SlackImporter(store, store).ImportAsync(other.WriteFolder(_temp.File("other"))));

        Assert.Contains("T0OTHER", error.Message);
        Assert.Contains(SlackExportBuilder.Team, error.Message);
    }

    [Fact]
    public async Task Progress_StartsAtNothing_AndEndsWithEveryFileAndMessage()
    {
        var folder = Basic().WriteFolder(_temp.File("export"));
        await using var store = await SqliteContentStore.OpenAsync(_temp.File("progress.db"));
        var seen = new List<ImportProgress>();

        await new SlackImporter(store, store).ImportAsync(folder, progress: new SyncProgress(seen.Add));

        Assert.Equal(new ImportProgress(0, 5, 0, null), seen[0]);
        Assert.Equal(new ImportProgress(5, 5, 5, null), seen[^1]);
        Assert.Equal(seen.Select(p => p.FilesDone).Order(), seen.Select(p => p.FilesDone));
    }

    [Fact]
    public async Task Scopes_OfSlackItems_AreTheirConversations()
    {
        var (store, _) = await ImportAsync(Basic(), _temp);
        await using var _s = store;
        var request = await RequestAsync(store, "maya");

        var hits = await store.SearchAsync(new SearchQuery(["flamingo"], 10), request.Access);

        Assert.All(hits, h => Assert.Equal(ScopeKind.Conversation, h.Item.Scope));
        Assert.Equal(4, hits.Count);
    }

    private sealed class SyncProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
