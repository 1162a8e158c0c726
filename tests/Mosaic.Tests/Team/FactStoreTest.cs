using Mosaic.Domain;
using Mosaic.Permissions;
using Mosaic.Requests;
using Mosaic.Retrieval;
using Mosaic.Store;
using Mosaic.Store.Sqlite;
using Mosaic.Team;

namespace Mosaic.Tests.Team;

/// A store with four people (maya in Kolkata's time zone), a public #dev all are in, a private #leadership of maya
/// and tom, a direct message DMP between maya and priya and a group message GMPT of maya, priya and tom: enough to see
/// that facts are current per audience and who "you" is. Messages are posted at T0 plus minutes.
public abstract class FactStoreTest(DateTimeOffset? t0 = null) : IAsyncLifetime
{
    protected DateTimeOffset T0 { get; } = t0 ?? new(2025, 9, 10, 7, 0, 0, TimeSpan.Zero);

    protected SqliteContentStore Store { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Store = await SqliteContentStore.OpenInMemoryAsync();
        PersonRecord Person(string id, string name, string? zone = null) =>
            new(PersonRef.Slack(id), name, name, name, null, zone, false, false, [new Identity(IdentityKind.Username, name), new Identity(IdentityKind.Email, $"{name}@harbor.example")]);
        ConversationRecord Channel(string id, string name, ConversationKind kind, params string[] members) =>
            new("slack", id, kind, name, null, null, T0, false, [.. members.Select(PersonRef.Slack)]);
        await Store.WriteAsync(new ImportBatch(
            "setup", null, [Person("UM", "maya", "Asia/Kolkata"), Person("UP", "priya"), Person("UT", "tom"), Person("UL", "lena")],
            [
                Channel("CDEV", "dev", ConversationKind.PublicChannel, "UM", "UP", "UT", "UL"), Channel("GLEAD", "leadership", ConversationKind.PrivateChannel, "UM", "UT"),
                Channel("DMP", "maya-priya", ConversationKind.DirectMessage, "UM", "UP"), Channel("GMPT", "mpdm-maya--priya--tom-1", ConversationKind.GroupDirectMessage, "UM", "UP", "UT"),
            ],
            [], []));
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// A message at T0 plus minutes; a thread reply names its root's minute.
    protected async Task PostAsync(string channel, int minutes, string text, string author = "UM", int? root = null) =>
        await Store.WriteAsync(ImportBatch.OfItems("test", [], [], [new ItemRecord(
            "slack", $"{channel}/{minutes}", $"{minutes}", Scope.Conversation("slack", channel), PersonRef.Slack(author), T0.AddMinutes(minutes),
            root is { } r ? $"{r}" : null, "message", text, true, [], new Dictionary<string, int>(), 0, null)]));

    protected async Task<IReadOnlyList<FactView>> FactsAsync(FactKind kind, string asker, string? shownIn = null)
    {
        var request = await new RequestFactory(new NameResolver(Store)).CreateAsync(asker, shownIn);
        return await Store.ListFactsAsync(kind, request.Access);
    }

    protected static string Current(IReadOnlyList<FactView> facts, string subjectKey) =>
        Assert.Single(facts, f => f.SubjectKey == subjectKey && f.Current).Value;
}
