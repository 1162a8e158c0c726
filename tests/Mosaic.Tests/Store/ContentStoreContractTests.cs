using Mosaic.Domain;
using Mosaic.Permissions;
using Mosaic.Store;

namespace Mosaic.Tests.Store;

/// What every store engine must do, written once; each engine subclasses it with its own CreateStoreAsync.
public abstract class ContentStoreContractTests
{
    protected abstract Task<(IContentStore Store, IDirectory Directory)> CreateStoreAsync();

    private static readonly DateTimeOffset T0 = new(2025, 9, 9, 10, 0, 0, TimeSpan.Zero);

    private static PersonRecord Person(string id, string name) =>
        new(PersonRef.Slack(id), name, name, name.ToUpperInvariant(), null, "Europe/Berlin", false, false,
            [new Identity(IdentityKind.Username, name), new Identity(IdentityKind.Email, $"{name}@example.org")]);

    private static ConversationRecord Channel(string id, string name, ConversationKind kind, params string[] members) =>
        new("slack", id, kind, name, null, null, T0, false, members.Select(PersonRef.Slack).ToList());

    private static ItemRecord Message(string conversation, string ts, string author, string text, int minutes = 0, string? thread = null, bool indexed = true) => new(
        "slack", $"{conversation}/{ts}", ts, Scope.Conversation("slack", conversation), PersonRef.Slack(author),
        T0.AddMinutes(minutes), thread, "message", text, indexed, [], new Dictionary<string, int>(), 0, null);

    /// ana and ben in #open; ana alone with cid in private #secret; ben and cid in a DM.
    private async Task<(IContentStore Store, IDirectory Directory, long Ana, long Ben, long Cid)> SeededAsync()
    {
        var (store, directory) = await CreateStoreAsync();
        await store.WriteAsync(new ImportBatch(
            "setup", new WorkspaceInfo("T1", "Test", null),
            [Person("U1", "ana"), Person("U2", "ben"), Person("U3", "cid")],
            [
                Channel("C1", "open", ConversationKind.PublicChannel, "U1", "U2", "U3"),
                Channel("C2", "secret", ConversationKind.PrivateChannel, "U1", "U3"),
                Channel("D1", "@ben, @cid", ConversationKind.DirectMessage, "U2", "U3"),
            ],
            [],
            [
                Message("C1", "1.1", "U1", "the lighthouse plan is public", 0),
                Message("C2", "2.1", "U3", "the lighthouse budget is secret", 1),
                Message("D1", "3.1", "U2", "lighthouse gossip between ben and cid", 2),
            ]));
        var people = await directory.ListPeopleAsync();
        long IdOf(string name) => people.Single(p => p.Username == name).Id;
        return (store, directory, IdOf("ana"), IdOf("ben"), IdOf("cid"));
    }

    private static async Task<List<string>> Refs(IContentStore store, AccessContext access, params string[] terms) =>
        (await store.SearchAsync(new SearchQuery(terms, 10), access)).Select(h => h.Item.Ref).Order().ToList();

    [Fact]
    public async Task Write_SameBatchTwice_CountsItemsUnchanged()
    {
        var (store, directory) = await CreateStoreAsync();
        await using var _ = store;
        var batch = new ImportBatch("b", null, [Person("U1", "ana")], [Channel("C1", "open", ConversationKind.PublicChannel, "U1")], [],
            [Message("C1", "1.1", "U1", "hello heron")]);

        var first = await store.WriteAsync(batch);
        var second = await store.WriteAsync(batch);

        Assert.Equal(new WriteResult(1, 0, 0, 1, 1), first);
        Assert.Equal(new WriteResult(0, 0, 1, 0, 0), second);
        Assert.Single(await directory.ListPeopleAsync());
    }

    [Fact]
    public async Task Write_ChangedText_UpdatesTheIndex()
    {
        var (store, directory, ana, _, _) = await SeededAsync();
        await using var _s = store;

        var result = await store.WriteAsync(ImportBatch.OfItems("edit", [], [], [Message("C1", "1.1", "U1", "the harbour plan is public", 0)]));

        Assert.Equal(1, result.ItemsUpdated);
        Assert.Equal(["2.1"], await Refs(store, AccessContext.ForAsker(ana), "lighthouse"));
        Assert.Equal(["1.1"], await Refs(store, AccessContext.ForAsker(ana), "harbour"));
    }

    [Fact]
    public async Task Write_NotIndexed_IsStoredButNotFound()
    {
        var (store, _, ana, _, _) = await SeededAsync();
        await using var _s = store;

        await store.WriteAsync(ImportBatch.OfItems("hidden", [], [], [Message("C1", "1.2", "U1", "hidden heron", 5, indexed: false)]));

        Assert.Empty(await Refs(store, AccessContext.ForAsker(ana), "heron"));
    }

    [Fact]
    public async Task Search_KeepsToTheAskersConversations()
    {
        var (store, _, ana, ben, cid) = await SeededAsync();
        await using var _s = store;

        Assert.Equal(["1.1", "2.1"], await Refs(store, AccessContext.ForAsker(ana), "lighthouse"));
        Assert.Equal(["1.1", "3.1"], await Refs(store, AccessContext.ForAsker(ben), "lighthouse"));
        Assert.Equal(["1.1", "2.1", "3.1"], await Refs(store, AccessContext.ForAsker(cid), "lighthouse"));
    }

    [Fact]
    public async Task Search_ShownInAConversation_KeepsToWhatAllItsMembersSee()
    {
        var (store, directory, ana, _, cid) = await SeededAsync();
        await using var _s = store;
        var conversations = await directory.ListConversationsAsync(cid);
        long IdOf(string native) => conversations.Single(c => c.NativeId == native).Id;

        Assert.Equal(["1.1"], await Refs(store, AccessContext.InConversation(ana, IdOf("C1")), "lighthouse"));
        Assert.Equal(["1.1", "2.1"], await Refs(store, AccessContext.InConversation(cid, IdOf("C2")), "lighthouse"));
        Assert.Equal(["1.1", "3.1"], await Refs(store, AccessContext.InConversation(cid, IdOf("D1")), "lighthouse"));
    }

    [Fact]
    public async Task MembershipEvents_ApplyInTimeOrder_AndNeverOverrideAMemberList()
    {
        var (store, _, ana, ben, _) = await SeededAsync();
        await using var _s = store;

        // ben "joins" #secret by an old event: the member list (taken at export time) wins.
        await store.WriteAsync(ImportBatch.OfItems("join", [], [new MembershipEvent("slack", "C2", PersonRef.Slack("U2"), true, T0)], []));
        Assert.DoesNotContain("2.1", await Refs(store, AccessContext.ForAsker(ben), "lighthouse"));

        // A conversation with no member list follows its events, latest first, whatever order they arrive in.
        await store.WriteAsync(new ImportBatch("c3", null, [], [new ConversationRecord("slack", "C3", ConversationKind.PublicChannel, "events", null, null, T0, false, null)],
            [
                new MembershipEvent("slack", "C3", PersonRef.Slack("U1"), false, T0.AddDays(2)),
                new MembershipEvent("slack", "C3", PersonRef.Slack("U1"), true, T0.AddDays(1)),
                new MembershipEvent("slack", "C3", PersonRef.Slack("U2"), true, T0.AddDays(1)),
            ],
            [Message("C3", "4.1", "U2", "lighthouse events channel", 10)]));

        Assert.DoesNotContain("4.1", await Refs(store, AccessContext.ForAsker(ana), "lighthouse"));
        Assert.Contains("4.1", await Refs(store, AccessContext.ForAsker(ben), "lighthouse"));
    }

    [Fact]
    public async Task ANewMemberList_EndsMembershipOfThoseNotOnIt()
    {
        var (store, _, ana, _, _) = await SeededAsync();
        await using var _s = store;

        await store.WriteAsync(new ImportBatch("later export", null, [], [Channel("C2", "secret", ConversationKind.PrivateChannel, "U3")], [], []));

        Assert.Equal(["1.1"], await Refs(store, AccessContext.ForAsker(ana), "lighthouse"));
    }

    [Fact]
    public async Task Search_Filters_ByAuthorConversationAndTime()
    {
        var (store, directory, _, _, cid) = await SeededAsync();
        await using var _s = store;
        var access = AccessContext.ForAsker(cid);
        var conversations = await directory.ListConversationsAsync(cid);
        var people = await directory.ListPeopleAsync();

        var byAuthor = await store.SearchAsync(new SearchQuery(["lighthouse"], 10, AuthorId: people.Single(p => p.Username == "ben").Id), access);
        var byConversation = await store.SearchAsync(new SearchQuery(["lighthouse"], 10, ConversationId: conversations.Single(c => c.NativeId == "C2").Id), access);
        var byTime = await store.SearchAsync(new SearchQuery(["lighthouse"], 10, From: T0.AddMinutes(1), Until: T0.AddMinutes(2)), access);
        var noTerms = await store.SearchAsync(new SearchQuery([], 10, From: T0.AddMinutes(1)), access);

        Assert.Equal(["3.1"], byAuthor.Select(h => h.Item.Ref));
        Assert.Equal(["2.1"], byConversation.Select(h => h.Item.Ref));
        Assert.Equal(["2.1"], byTime.Select(h => h.Item.Ref));
        Assert.Equal(["3.1", "2.1"], noTerms.Select(h => h.Item.Ref));
    }

    [Fact]
    public async Task Search_RanksByBm25()
    {
        var (store, _) = await CreateStoreAsync();
        await using var _s = store;
        await store.WriteAsync(new ImportBatch("b", null, [Person("U1", "ana")], [Channel("C1", "open", ConversationKind.PublicChannel, "U1")], [],
        [
            Message("C1", "1.1", "U1", "a long message that mentions the osprey only once among many other words about the weather and lunch"),
            Message("C1", "1.2", "U1", "osprey osprey nest"),
            Message("C1", "1.3", "U1", "nothing relevant here"),
        ]));
        var ana = (await ((IDirectory)store).ListPeopleAsync())[0].Id;

        var hits = await store.SearchAsync(new SearchQuery(["osprey"], 10), AccessContext.ForAsker(ana));

        Assert.Equal(["1.2", "1.1"], hits.Select(h => h.Item.Ref));
        Assert.True(hits[0].Score > hits[1].Score);
    }

    [Fact]
    public async Task Search_TermsWithQuotesAndOperators_AreSafe()
    {
        var (store, _, ana, _, _) = await SeededAsync();
        await using var _s = store;

        var hits = await store.SearchAsync(new SearchQuery(["\"lighthouse", "OR", "NEAR(", "*"], 10), AccessContext.ForAsker(ana));

        Assert.NotNull(hits);
    }

    [Fact]
    public async Task ThreadContext_BringsRootAndNeighbours_ForTheSameAudience()
    {
        var (store, _, ana, ben, _) = await SeededAsync();
        await using var _s = store;
        var replies = Enumerable.Range(1, 6).Select(i => Message("C1", $"5.{i}", "U2", $"reply {i} about owls", 20 + i, thread: "5.0")).ToList();
        await store.WriteAsync(ImportBatch.OfItems("thread", [], [], [Message("C1", "5.0", "U1", "root question about the weekly meetup", 20, thread: "5.0"), .. replies]));

        var hit = (await store.SearchAsync(new SearchQuery(["\"reply 4\""], 1), AccessContext.ForAsker(ben)))[0].Item;
        var context = await store.GetThreadContextAsync([hit], 1, AccessContext.ForAsker(ana));

        Assert.Equal(4, hit.Position);
        Assert.Equal(["5.0", "5.3", "5.4", "5.5"], context.Select(c => c.Ref));
    }

    [Fact]
    public async Task NewestTime_IsOfWhatTheAudienceMaySee()
    {
        var (store, _, ana, ben, _) = await SeededAsync();
        await using var _s = store;

        Assert.Equal(T0.AddMinutes(1), await store.GetNewestTimeAsync(AccessContext.ForAsker(ana)));
        Assert.Equal(T0.AddMinutes(2), await store.GetNewestTimeAsync(AccessContext.ForAsker(ben)));
    }

    [Fact]
    public async Task Conversations_ListedForAViewer_AreThePublicOnesAndTheirOwn()
    {
        var (store, directory, ana, ben, _) = await SeededAsync();
        await using var _s = store;

        Assert.Equal(["C1", "C2"], (await directory.ListConversationsAsync(ana)).Select(c => c.NativeId).Order());
        Assert.Equal(["C1", "D1"], (await directory.ListConversationsAsync(ben)).Select(c => c.NativeId).Order());
    }

    [Fact]
    public async Task People_KeepEveryIdentity_AndPlaceholdersGiveWayToRealRecords()
    {
        var (store, directory) = await CreateStoreAsync();
        await using var _s = store;
        await store.WriteAsync(new ImportBatch("p", null, [new PersonRecord(PersonRef.Slack("U9"), "U9", null, null, null, null, false, true, [])], [], [], []));
        await store.WriteAsync(new ImportBatch("q", null, [Person("U9", "zoe")], [], [], []));
        await store.WriteAsync(new ImportBatch("r", null, [new PersonRecord(PersonRef.Slack("U9"), "U9", null, null, null, null, false, true, [])], [], [], []));

        var zoe = Assert.Single(await directory.ListPeopleAsync());

        Assert.Equal("zoe", zoe.DisplayName);
        Assert.Contains(new Identity(IdentityKind.Email, "zoe@example.org"), zoe.Identities);
        Assert.Contains(new Identity(IdentityKind.SlackId, "U9"), zoe.Identities);
    }

    [Fact]
    public async Task Times_KeepTheirOriginalOffset()
    {
        var (store, _) = await CreateStoreAsync();
        await using var _s = store;
        var local = new DateTimeOffset(2025, 9, 9, 12, 0, 0, TimeSpan.FromHours(2));
        await store.WriteAsync(new ImportBatch("b", null, [Person("U1", "ana")], [Channel("C1", "open", ConversationKind.PublicChannel, "U1")], [],
            [Message("C1", "1.1", "U1", "kingfisher") with { Timestamp = local }]));
        var ana = (await ((IDirectory)store).ListPeopleAsync())[0].Id;

        var hit = (await store.SearchAsync(new SearchQuery(["kingfisher"], 1), AccessContext.ForAsker(ana)))[0];

        Assert.Equal(local, hit.Item.Timestamp);
        Assert.Equal(TimeSpan.FromHours(2), hit.Item.Timestamp.Offset);
    }
}
