using Mosaic.Ingestion;
using Mosaic.Permissions;
using Mosaic.Requests;
using Mosaic.Retrieval;
using Mosaic.Store;
using Mosaic.Store.Sqlite;
using Scope = Mosaic.Permissions.Scope;

namespace Mosaic.Tests.Fakes;

/// A small team used across tests:
///   maya U01MAYA (PO), tomas U02TOMAS (SM), priya U03PRIYA (dev), lena U04LENA (dev)
///   #general C01GEN: everyone · #dev C02DEV: maya, priya, lena · private #leadership G01LEAD: maya, tomas
///   DM D01MP: maya + priya · group DM G02MTP: maya, tomas, priya
public static class TestWorkspace
{
    public const string Maya = "U01MAYA";
    public const string Tomas = "U02TOMAS";
    public const string Priya = "U03PRIYA";
    public const string Lena = "U04LENA";
    public const string General = "C01GEN";
    public const string Dev = "C02DEV";
    public const string Leadership = "G01LEAD";
    public const string MayaPriyaDm = "D01MP";
    public const string GroupDm = "G02MTP";

    public static SlackExportBuilder People() => new SlackExportBuilder()
        .User(Maya, "maya", "Maya Okafor", "maya@harbor.example", title: "Product Owner")
        .User(Tomas, "tomas", "Tomás Reyes", "tomas@harbor.example", title: "Scrum Master", tz: "America/New_York")
        .User(Priya, "priya", "Priya Nair", "priya@harbor.example", title: "Developer")
        .User(Lena, "lena", "Lena Fischer", "lena@harbor.example", title: "Developer");

    public static SlackExportBuilder Conversations() => People()
        .Channel(General, "general", Maya, Tomas, Priya, Lena)
        .Channel(Dev, "dev", Maya, Priya, Lena)
        .PrivateChannel(Leadership, "leadership", Maya, Tomas)
        .Dm(MayaPriyaDm, Maya, Priya)
        .GroupDm(GroupDm, "mpdm-maya--tomas--priya-1", Maya, Tomas, Priya);

    /// One distinctive message in each conversation, so visibility is easy to see.
    public static SlackExportBuilder Basic() => Conversations()
        .Message(General, "1757412000.000100", Maya, "Welcome everyone, the kickoff agenda is pinned")
        .Message(Dev, "1757412100.000100", Priya, "The flamingo migration script is ready for review")
        .Message(Leadership, "1757412200.000100", Tomas, "Budget talk: the flamingo contractor costs too much")
        .Message(MayaPriyaDm, "1757412300.000100", Maya, "Priya, quick flamingo question about the rollout")
        .Message(GroupDm, "1757412400.000100", Tomas, "Group note: flamingo retro moved to Thursday");

    /// Basic, plus what the team model learns from in #dev: the payment provider decided (Stripe) and changed (Adyen),
    /// and an action item for priya.
    public static SlackExportBuilder PaymentDecisions() => Basic()
        .Message(Dev, "1757498400.000100", Maya, "Decision: we go with Stripe as the payment provider for 2.0.")
        .Message(Dev, "1757584800.000100", Maya, "Change of plan on the payment provider: we're switching from Stripe to Adyen.")
        .Message(Dev, "1757674800.000100", Maya, "@priya can you update the pricing page for Adyen by Friday?");

    public static async Task<(SqliteContentStore Store, ImportReport Report)> ImportAsync(SlackExportBuilder builder, TempFolder temp, string name = "export")
    {
        var folder = builder.WriteFolder(temp.File(name));
        var store = await SqliteContentStore.OpenAsync(temp.File(name + ".db"));
        var report = await new SlackImporter(store, store).ImportAsync(folder);
        return (store, report);
    }

    public static async Task<Request> RequestAsync(SqliteContentStore store, string asker, string? shownIn = null) =>
        await new RequestFactory(new NameResolver(store)).CreateAsync(asker, shownIn);

    public static QueryService Queries(SqliteContentStore store) => new(store, store, new Mosaic.Answering.ExtractiveAnswerer(), store);

    public static async Task<IReadOnlyList<string>> SearchIdsAsync(SqliteContentStore store, string asker, string query, string? shownIn = null)
    {
        var request = await RequestAsync(store, asker, shownIn);
        var response = await Queries(store).SearchAsync(request, query, 50);
        return response.Results.Select(r => r.Id).ToList();
    }

    public static string Id(string conversation, string ts) => $"slack:{conversation}/{ts}";

    /// Writes items into a person's personal slice the way the personal importer does, as one source.
    public static async Task<IReadOnlyList<string>> AddPersonalAsync(SqliteContentStore store, string ownerSlackId, string source, params (string NativeId, string Text)[] items)
    {
        var owner = Domain.PersonRef.Slack(ownerSlackId);
        var records = items.Select((item, i) => new Domain.ItemRecord(
            source, $"{ownerSlackId}/{item.NativeId}", item.NativeId, Scope.Personal(owner), owner,
            new DateTimeOffset(2025, 9, 20, 9, 0, 0, TimeSpan.Zero).AddHours(i), null, source, item.Text, true, [],
            new Dictionary<string, int>(), 0, null) { Title = item.Text.Split('\n')[0] }).ToList();
        await store.WriteAsync(ImportBatch.OfItems($"{source} of {ownerSlackId}", [], [], records) with
        {
            Source = new Domain.PersonalSourceRecord(source, owner, $"/home/{ownerSlackId}/{source}"),
        });
        return records.Select(r => $"{source}:{r.NativeId}").ToList();
    }

    public static AccessContext Solo(long personId) => AccessContext.ForAsker(personId);
}
