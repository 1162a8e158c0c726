using Mosaic.Ingestion;
using Mosaic.Store;
using Mosaic.Control;
using Mosaic.Store.Sqlite;
using Mosaic.Tests.Fakes;
using static Mosaic.Tests.Fakes.TestWorkspace;

namespace Mosaic.Tests.Control;

public sealed class AuditAndMeTests : WorkspaceTest
{
    private PersonalControl _control = null!;
    private IReadOnlyList<string> _notes = [];

    protected override SlackExportBuilder Workspace() => Basic()
        .Message(Leadership, "1757499000.000100", Maya, "Note to self in leadership: @priya should lead the pelican rewrite")
        .Message(General, "1757499100.000100", Tomas, "Thanks @maya for the pelican demo");

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        _control = new PersonalControl(Store, Store, Store, Store, Store);
        _notes = await AddPersonalAsync(Store, Maya, "notes", ("plan.md#top", "Pelican plan: ship the rewrite in Q1"));
    }

    [Fact]
    public async Task Audit_RecordsWhoWasShownTheSlice_AndForWhichAudience()
    {
        await Queries(Store).AskAsync(await RequestAsync(Store, "maya"), "what is the pelican plan?");
        await _control.ShareAsync(_notes[0], "maya", "#dev");
        await Queries(Store).SearchAsync(await RequestAsync(Store, "lena", "#dev"), "pelican plan", 10);
        await Queries(Store).SearchAsync(await RequestAsync(Store, "tomas"), "pelican plan", 10);

        var (_, records) = await _control.AuditAsync("maya");

        Assert.Equal(2, records.Count);
        Assert.Equal(("search", "lena", "#dev"), (records[0].Action, records[0].Asker, records[0].ShownIn));
        Assert.Equal(["lena", "maya", "priya"], records[0].Audience.Order());
        Assert.Equal([_notes[0]], records[0].Items);
        Assert.Equal(("ask", "maya", (string?)null), (records[1].Action, records[1].Asker, records[1].ShownIn));
        Assert.Empty((await _control.AuditAsync("tomas")).Records);
    }

    [Fact]
    public async Task Me_ShowsTheirSliceAndWords_AndOnlyCountsWhatTheyMayNoLongerSee()
    {
        using var temp = new TempFolder();
        var later = Conversations().WriteFolder(temp.File("later"));
        await new SlackImporter(Store, Store).ImportAsync(later);
        await Store.WriteAsync(new ImportBatch("maya leaves leadership", null, [],
            [new Domain.ConversationRecord("slack", Leadership, Domain.ConversationKind.PrivateChannel, "leadership", null, null, null, false, [Domain.PersonRef.Slack(Tomas)])], [], []));

        var me = await _control.MeAsync("maya");

        Assert.Equal(_notes, me.PersonalItems.Select(i => i.Id));
        Assert.Equal("notes", Assert.Single(me.Sources).Kind);
        Assert.DoesNotContain(me.Authored, i => i.Conversation == "#leadership");
        Assert.Equal(1, me.AuthoredElsewhere);
        Assert.Contains(me.Mentions, i => i.Id == Id(General, "1757499100.000100"));
        Assert.Contains(me.Memberships, m => m.Conversation == "#leadership" && !m.Current);
        Assert.Contains(me.Person.Identities, i => i.Value == "maya@harbor.example");
    }

    [Fact]
    public async Task People_ShowPrivateLinksOnlyToTheirOwner()
    {
        await Store.WriteAsync(ImportBatch.OfItems("learned", [], [], []) with
        {
            Links = [new Domain.IdentityLink(Domain.PersonRef.Slack(Priya), new Domain.Identity(Domain.IdentityKind.Email, "priya.private@fastmail.example") { Origin = "name", Confidence = 0.95 }, Domain.PersonRef.Slack(Maya))],
        });

        bool Sees(IReadOnlyList<Domain.Person> people) => people.Single(p => p.Handle == "priya").Identities.Any(i => i.Value == "priya.private@fastmail.example");

        Assert.True(Sees(await _control.PeopleAsync("maya")));
        Assert.False(Sees(await _control.PeopleAsync("priya")));
        Assert.False(Sees(await _control.PeopleAsync(null)));
        var error = await Assert.ThrowsAsync<MosaicException>(() => RequestAsync(Store, "priya.private@fastmail.example"));
        Assert.Contains("No person named", error.Message);
    }

    [Fact]
    public async Task AMappingFile_LinksAddressesAndNames_AndWins()
    {
        var file = Temp.File("map.json");
        await File.WriteAllTextAsync(file, """[{"person": "tomas", "emails": ["t.reyes@gmail.example"], "names": ["T. Reyes"]}]""");

        var links = await _control.MapAsync(IdentityMapFile.Load(file));

        Assert.Equal(2, links);
        Assert.Equal("tomas", (await RequestAsync(Store, "t.reyes@gmail.example")).Asker.Handle);
        Assert.Equal("tomas", (await RequestAsync(Store, "T. Reyes")).Asker.Handle);
    }

    [Theory]
    [InlineData("[{\"person\": \"nobody-here\", \"emails\": [\"x@y.example\"]}]", "No person named \"nobody-here\"")]
    [InlineData("[{\"person\": \"maya\"}]", "entry 1: has neither \"emails\" nor \"names\"")]
    [InlineData("{\"person\": \"maya\"}", "should be a JSON array")]
    [InlineData("[{\"person\": \"maya\", \"emails\": [\"a@b\"", "truncated")]
    public async Task ABadMappingFile_IsAClearError_AndChangesNothing(string json, string message)
    {
        var file = Temp.File("bad-map.json");
        await File.WriteAllTextAsync(file, json);

        var error = await Assert.ThrowsAsync<MosaicException>(async () => await _control.MapAsync(IdentityMapFile.Load(file)));

        Assert.Contains(message, error.Message);
        Assert.DoesNotContain((await _control.PeopleAsync(null)).SelectMany(p => p.Identities), i => i.Origin == "map");
    }
}
