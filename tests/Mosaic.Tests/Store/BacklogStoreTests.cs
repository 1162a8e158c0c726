using Microsoft.Data.Sqlite;
using Mosaic.Control;
using Mosaic.Domain;
using Mosaic.Ingestion;
using Mosaic.Permissions;
using Mosaic.Store;
using Mosaic.Store.Sqlite;
using Mosaic.Tests.Fakes;
using static Mosaic.Tests.Fakes.TestWorkspace;
using Scope = Mosaic.Permissions.Scope;

namespace Mosaic.Tests.Store;

/// The backlog in the store (schema 9): ticket keys in chat link to backlog items whichever came first, and stop
/// linking when a message goes; every read of the backlog keeps to the audience rule.
public sealed class BacklogStoreTests : WorkspaceTest
{
    private int _ts = 100;

    /// Posts a message into a conversation of the basic workspace; returns its item id.
    private async Task<string> PostAsync(string conversation, string author, string text, string? ts = null)
    {
        ts ??= $"1757500{_ts++:D3}.000100";
        await Store.WriteAsync(ImportBatch.OfItems("test", [], [],
        [
            new ItemRecord("slack", $"{conversation}/{ts}", ts, Scope.Conversation("slack", conversation), PersonRef.Slack(author),
                DateTimeOffset.FromUnixTimeSeconds(long.Parse(ts[..10], System.Globalization.CultureInfo.InvariantCulture)), null, "message", text, true, [],
                new Dictionary<string, int>(), 0, null),
        ]));
        return Id(conversation, ts);
    }

    private async Task ImportBacklogAsync(string csv, string? visibleTo = null)
    {
        var path = Temp.File($"backlog-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(path, csv);
        var report = await new BacklogImporter(Store, Store).ImportAsync(path, new BacklogImportOptions(null, visibleTo));
        Assert.Equal(0, report.Errors);
    }

    private async Task<AccessContext> AccessAsync(string asker, string? shownIn = null) => (await RequestAsync(Store, asker, shownIn)).Access;

    private async Task<IReadOnlyList<string>> MentionsAsync(string key, string asker = "maya") =>
        (await Store.GetAsync(key, await AccessAsync(asker)))?.Mentions.Select(m => m.Id).ToList() ?? [];

    [Fact]
    public async Task AMessage_IsLinkedToItsTicket_WhetherItCameBeforeOrAfterTheBacklog()
    {
        var before = await PostAsync(Dev, Priya, "OTR-142 is mine: the swap form. Also see feature/OTR-150-week-view.");

        await ImportBacklogAsync("Issue key,Summary\nOTR-142,Swap form\nOTR-150,Week view\nOTR-151,Mentions OTR-142 in its summary\n");
        var after = await PostAsync(General, Lena, "Verified OTR-142 on staging (https://acme.atlassian.net/browse/OTR-142).");

        // In time order; the backlog item has no Created column, so its time is the file's.
        Assert.Equal([before, after, "backlog:OTR-151"], await MentionsAsync("OTR-142"));
        Assert.Equal([before], await MentionsAsync("OTR-150"));
        Assert.Empty(await MentionsAsync("OTR-151"));
        var links = await Store.LinksAsync([await RowIdAsync(before), await RowIdAsync(after)], await AccessAsync("maya"));
        Assert.Equal([("OTR-142", true), ("OTR-150", true), ("OTR-142", true)], links.Select(l => (l.Key, l.Imported)));
    }

    [Fact]
    public async Task KeyShapedWords_LinkOnlyToImportedTickets_OrToTicketsOfAKnownProject()
    {
        var noise = await PostAsync(Dev, Priya, "Files are UTF-8, dates ISO-8601, and COVID-19 rules apply. ABC-12 is another team's.");
        var future = await PostAsync(Dev, Priya, "I'll file OTR-999 for the follow-up");
        await ImportBacklogAsync("Issue key,Summary\nOTR-1,Swap form\n");

        var links = await Store.LinksAsync([await RowIdAsync(noise), await RowIdAsync(future)], await AccessAsync("maya"));

        var link = Assert.Single(links);
        Assert.Equal((await RowIdAsync(future), "OTR-999", false), (link.ItemRowId, link.Key, link.Imported));
        Assert.Null(await Store.GetAsync("UTF-8", await AccessAsync("maya")));
        Assert.Empty(await MentionsAsync("OTR-1"));

        await ImportBacklogAsync("Issue key,Summary\nOTR-999,Follow-up\n");
        Assert.Equal([future], await MentionsAsync("OTR-999"));
    }

    [Fact]
    public async Task AMessageRemovedEditedOrForgotten_LosesItsLinks()
    {
        await ImportBacklogAsync("Issue key,Summary\nOTR-1,Swap form\nOTR-2,Week view\n");
        var removed = await PostAsync(Dev, Priya, "OTR-1 first try", "1757500001.000100");
        var edited = await PostAsync(Dev, Priya, "OTR-1 second try", "1757500002.000100");
        var forgotten = await PostAsync(Dev, Priya, "OTR-1 third try", "1757500003.000100");
        Assert.Equal([removed, edited, forgotten], await MentionsAsync("OTR-1"));

        await Store.RemoveAsync("slack", [$"{Dev}/1757500001.000100"]);
        await PostAsync(Dev, Priya, "Actually that was OTR-2", "1757500002.000100");
        await new PersonalControl(Store, Store, Store, Store, Store).ForgetAsync("priya", null, false, [forgotten]);

        Assert.Empty(await MentionsAsync("OTR-1"));
        Assert.Equal([edited], await MentionsAsync("OTR-2"));
        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM ticket_mentions";
        Assert.Equal(1L, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task ABacklogVisibleToAPrivateConversation_IsInvisibleToNonMembers_InSearchAndThroughIBacklog()
    {
        await ImportBacklogAsync("Issue key,Summary,Status,Assignee\nSEC-1,Walrus reorganisation plan,To Do,Priya Nair\n", visibleTo: "#leadership");
        var mention = await PostAsync(General, Priya, "Is SEC-1 real?");

        foreach (var outsider in new[] { "priya", "lena" })
        {
            Assert.DoesNotContain("backlog:SEC-1", await SearchIdsAsync(Store, outsider, "walrus reorganisation"));
            Assert.Null(await Store.GetAsync("SEC-1", await AccessAsync(outsider)));
            Assert.Empty(await Store.ListAsync(new BacklogFilter(), await AccessAsync(outsider)));
            Assert.Empty(await Store.LinksAsync([await RowIdAsync(mention)], await AccessAsync(outsider)));
        }

        Assert.DoesNotContain("backlog:SEC-1", await SearchIdsAsync(Store, "maya", "walrus reorganisation", "#general"));
        Assert.Null(await Store.GetAsync("SEC-1", await AccessAsync("maya", "#general")));
        Assert.Equal("backlog:SEC-1", (await SearchIdsAsync(Store, "tomas", "walrus reorganisation"))[0]);
        Assert.Equal("backlog:SEC-1", (await SearchIdsAsync(Store, "maya", "walrus reorganisation", "#leadership"))[0]);
        var item = await Store.GetAsync("sec-1", await AccessAsync("tomas"));
        Assert.Equal(("SEC-1", "#leadership"), (item?.Key, item?.Item.Conversation));
        Assert.Equal([mention], item!.Mentions.Select(m => m.Id));
        Assert.Single(await Store.ListAsync(new BacklogFilter(Status: "to do"), await AccessAsync("maya")));
    }

    [Fact]
    public async Task MentionsOfAVisibleTicket_ShowOnlyTheMessagesTheAudienceMaySee()
    {
        await ImportBacklogAsync("Issue key,Summary\nOTR-7,Pelican export\n");
        var open = await PostAsync(General, Maya, "OTR-7 ships Friday");
        var closed = await PostAsync(Leadership, Tomas, "OTR-7 is late because of the budget");

        Assert.Equal([open, closed], await MentionsAsync("OTR-7", "maya"));
        Assert.Equal([open], await MentionsAsync("OTR-7", "priya"));
        Assert.Equal([open], (await Store.GetAsync("OTR-7", await AccessAsync("maya", "#general")))!.Mentions.Select(m => m.Id));
        Assert.Empty(await Store.LinksAsync([await RowIdAsync(closed)], await AccessAsync("priya")));
    }

    [Fact]
    public async Task BacklogItems_DoNotMoveNow_EvenWhenTheirTimeIsTheFiles()
    {
        var before = await Store.GetNewestTimeAsync(await AccessAsync("maya"));

        await ImportBacklogAsync("Issue key,Summary\nOTR-1,No dates at all\n");
        await ImportBacklogAsync("Issue key,Summary\nSEC-1,No dates either\n", visibleTo: "#leadership");

        Assert.NotNull(before);
        Assert.True((await Store.GetAsync("OTR-1", await AccessAsync("maya")))!.Item.Timestamp > before.Value.AddYears(1));
        Assert.Equal(before, await Store.GetNewestTimeAsync(await AccessAsync("maya")));
        Assert.Equal(before, await Store.GetNewestTimeAsync(await AccessAsync("maya", "#leadership")));
    }

    [Fact]
    public async Task ListAsync_FiltersByProjectStatusAssigneeAndSprint()
    {
        await ImportBacklogAsync(
            "Issue key,Summary,Status,Assignee,Sprint,Sprint\n"
            + "OTR-1,One,Done,Priya Nair,Sprint 1,Sprint 2\nOTR-2,Two,To Do,Lena Fischer,Sprint 2,\nOTR-10,Ten,Done,Priya Nair,,\nXYZ-1,Other,Done,,Sprint 2,\n");
        var access = await AccessAsync("maya");
        var priya = (await Store.ListPeopleAsync()).Single(p => p.Handle == "priya").Id;

        Assert.Equal(["OTR-1", "OTR-2", "OTR-10", "XYZ-1"], (await Store.ListAsync(new BacklogFilter(), access)).Select(i => i.Key));
        Assert.Equal(["OTR-1", "OTR-10"], (await Store.ListAsync(new BacklogFilter(Project: "OTR", Status: "Done"), access)).Select(i => i.Key));
        Assert.Equal(["OTR-1", "OTR-10"], (await Store.ListAsync(new BacklogFilter(AssigneeId: priya), access)).Select(i => i.Key));
        Assert.Equal(["OTR-1", "OTR-2", "XYZ-1"], (await Store.ListAsync(new BacklogFilter(Sprint: "sprint 2"), access)).Select(i => i.Key));
        Assert.Equal(["OTR-1"], (await Store.ListAsync(new BacklogFilter(Limit: 1), access)).Select(i => i.Key));
    }

    [Theory]
    [InlineData("HBR-142 and HBR-142 again, then ABC_D-7", "HBR-142|HBR,ABC_D-7|ABC_D")]
    [InlineData("branch feature/HBR-9-swap-form, see https://x.atlassian.net/browse/HBR-10.", "HBR-9|HBR,HBR-10|HBR")]
    [InlineData("lowercase hbr-1, x-HBR-2, HBR-3a, 2025-09-24, A-1 are not keys", "")]
    [InlineData("harbor/web#12 and https://github.com/harbor/api/issues/7 but not #5", "harbor/web#12|harbor/web,harbor/api#7|harbor/api")]
    public void TicketKeys_AreFoundInText_WithTheirProject(string text, string expected) =>
        Assert.Equal(expected, string.Join(',', TicketKeys.In(text).Select(k => $"{k.Key}|{k.Project}")));

    [Fact]
    public async Task Schema9_FindsTheKeysOfMessagesStoredBeforeIt()
    {
        var path = Temp.File("old.db");
        await using (var connection = new SqliteConnection($"Data Source={path}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = string.Join('\n', SqliteMigrator.Scripts.Where(s => s.Number <= 8).Select(s => s.Sql)) + """

                PRAGMA user_version = 8;
                INSERT INTO people(id, display_name) VALUES (1, 'ana');
                INSERT INTO identities(kind, value, person_id, origin, confidence) VALUES ('SlackId', 'U1', 1, 'slack', 1.0);
                INSERT INTO conversations(id, source, native_id, kind, name) VALUES (1, 'slack', 'C1', 'public', 'general');
                INSERT INTO memberships(conversation_id, person_id, changed_utc) VALUES (1, 1, 0);
                INSERT INTO items(id, source, native_id, ref, scope, conversation_id, author_id, ts_utc, kind, text, indexed, content_hash)
                VALUES (1, 'slack', 'C1/1.0', '1.0', 'conversation', 1, 1, 1000000, 'message', 'Working on OTR-5 today', 1, 'h');
                INSERT INTO items_fts(rowid, text) VALUES (1, 'Working on OTR-5 today');
                """;
            await command.ExecuteNonQueryAsync();
        }

        SqliteConnection.ClearAllPools();
        await using var store = await SqliteContentStore.OpenAsync(path);
        var backlog = Temp.File("b.csv");
        await File.WriteAllTextAsync(backlog, "Issue key,Summary\nOTR-5,Five\n");
        await new BacklogImporter(store, store).ImportAsync(backlog);

        var item = await store.GetAsync("OTR-5", AccessContext.ForAsker(1));
        Assert.Equal(["slack:C1/1.0"], item!.Mentions.Select(m => m.Id));
    }

    private async Task<long> RowIdAsync(string itemId)
    {
        var (source, nativeId) = (itemId[..itemId.IndexOf(':', StringComparison.Ordinal)], itemId[(itemId.IndexOf(':', StringComparison.Ordinal) + 1)..]);
        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM items WHERE source = $s AND native_id = $n";
        command.Parameters.AddWithValue("$s", source);
        command.Parameters.AddWithValue("$n", nativeId);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
