using System.Text;
using System.Text.Json.Nodes;
using Mosaic.Domain;
using Mosaic.Ingestion;
using Mosaic.Permissions;
using Mosaic.Store;
using Mosaic.Store.Sqlite;
using Mosaic.Tests.Fakes;
using static Mosaic.Tests.Fakes.TestWorkspace;

namespace Mosaic.Tests.Ingestion;

/// Every bad input gets an error naming the file and what is wrong; the rest imports; nothing half-written stays.
public sealed class SlackImporterBadInputTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    /// The basic workspace plus a second day in #dev, so one bad day file leaves good ones beside it.
    private static SlackExportBuilder TwoDays() => Basic()
        .Message(Dev, "1757498400.000100", Lena, "Second day: the pelican tests are green");

    [Fact]
    public async Task TruncatedDayFile_IsReportedByName_AndTheOtherDaysImport()
    {
        var builder = TwoDays().File("dev/2025-09-10.json", """[{"type":"message","ts":"1757498400.000100","user":"U04LENA","text":"Second da""");

        var (store, report) = await ImportAsync(builder, _temp);
        await using var _ = store;

        var problem = Assert.Single(report.Problems);
        Assert.Equal("dev/2025-09-10.json", problem.File);
        Assert.Contains("truncated", problem.Message);
        Assert.Equal(1, report.FilesFailed);
        Assert.Equal(5, report.Totals.ItemsAdded);
        Assert.Single(await SearchIdsAsync(store, "lena", "flamingo"));
    }

    [Fact]
    public async Task MalformedJsonInTheMiddle_NamesLineAndByte()
    {
        var builder = TwoDays().File("dev/2025-09-10.json", "[\n  {\"ts\": \"1757498400.000100\", \"text\": oops}\n]");

        var (store, report) = await ImportAsync(builder, _temp);
        await using var _ = store;

        var problem = Assert.Single(report.Problems);
        Assert.Equal("dev/2025-09-10.json", problem.File);
        Assert.Contains("malformed JSON at line 2", problem.Message);
    }

    [Fact]
    public async Task WrongTypes_SkipTheMessage_NamingTheField_AndKeepTheRestOfTheFile()
    {
        var builder = Conversations()
            .Message(Dev, "1757412000.000100", Priya, "Good message about the ibis service")
            .Raw(Dev, "1757412100.000100", new JsonObject { ["type"] = "message", ["ts"] = "1757412100.000100", ["user"] = Priya, ["text"] = 42 })
            .Raw(Dev, "1757412200.000100", new JsonObject { ["type"] = "message", ["ts"] = "1757412200.000100", ["user"] = Priya, ["text"] = "ibis", ["reactions"] = "lots" })
            .Raw(Dev, "1757412300.000100", new JsonObject { ["type"] = "message", ["user"] = Priya, ["text"] = "no ts at all" })
            .Raw(Dev, "1757412400.000100", JsonValue.Create("just a string"));

        var (store, report) = await ImportAsync(builder, _temp);
        await using var _ = store;

        Assert.Equal(1, report.Totals.ItemsAdded);
        Assert.Equal(4, report.Errors);
        Assert.All(report.Problems, p => Assert.Equal("dev/2025-09-09.json", p.File));
        Assert.Contains(report.Problems, p => p.Place == "message 2 (ts 1757412100.000100)" && p.Message.Contains("\"text\" should be a string, found a number"));
        Assert.Contains(report.Problems, p => p.Message.Contains("\"reactions\" should be an array, found a string"));
        Assert.Contains(report.Problems, p => p.Place == "message 4" && p.Message.Contains("\"ts\" is missing"));
        Assert.Contains(report.Problems, p => p.Message.Contains("should be an object, found a string"));
    }

    [Fact]
    public async Task WrongTypesInUsersJson_SkipThatUserOnly()
    {
        var builder = Basic().File("users.json", """
            [{"id":"U01MAYA","team_id":"T0TEST","name":"maya"},
             {"id":7,"name":"broken"},
             {"id":"U02TOMAS","team_id":"T0TEST","name":"tomas"},
             {"id":"U03PRIYA","team_id":"T0TEST","name":"priya"},
             {"id":"U04LENA","team_id":"T0TEST","name":"lena"}]
            """);

        var (store, report) = await ImportAsync(builder, _temp);
        await using var _ = store;

        var problem = Assert.Single(report.Problems);
        Assert.Equal("users.json", problem.File);
        Assert.Equal("entry 2", problem.Place);
        Assert.Contains("\"id\" should be a string, found a number", problem.Message);
        Assert.Equal(5, report.Totals.ItemsAdded);
    }

    [Fact]
    public async Task MissingUsersJson_IsFatal_AndWritesNothing()
    {
        var folder = Basic().Without("users.json").WriteFolder(_temp.File("export"));
        await using var store = await SqliteContentStore.OpenAsync(_temp.File("missing.db"));

        var error = await Assert.ThrowsAsync<MosaicException>(() => new SlackImporter(store, store).ImportAsync(folder));

        Assert.Contains("users.json is missing", error.Message);
        Assert.Empty(await store.ListPeopleAsync());
    }

    [Fact]
    public async Task TruncatedUsersJson_IsFatal_AndWritesNothing()
    {
        var folder = Basic().File("users.json", """[{"id":"U01MAYA","name":"ma""").WriteFolder(_temp.File("export"));
        await using var store = await SqliteContentStore.OpenAsync(_temp.File("truncated-users.db"));

        var error = await Assert.ThrowsAsync<MosaicException>(() => new SlackImporter(store, store).ImportAsync(folder));

        Assert.Contains("users.json: truncated", error.Message);
        Assert.Contains("Nothing was imported", error.Message);
        Assert.Empty(await store.ListPeopleAsync());
    }

    [Fact]
    public async Task UnknownUser_IsKeptUnderAPlaceholder_WithAWarning()
    {
        var builder = Conversations().Message(General, "1757412000.000100", "U0GHOST", "Who am I? The osprey knows");

        var (store, report) = await ImportAsync(builder, _temp);
        await using var _ = store;

        var problem = Assert.Single(report.Problems);
        Assert.False(problem.IsError);
        Assert.Equal("general/2025-09-09.json", problem.File);
        Assert.Contains("U0GHOST is not in users.json", problem.Message);
        var result = Assert.Single((await Queries(store).SearchAsync(await RequestAsync(store, "maya"), "osprey", 5)).Results);
        Assert.Equal("U0GHOST", result.Author);
    }

    [Fact]
    public async Task InvalidUtf8_NamesTheFileAndByte_AndTheOtherDaysImport()
    {
        var prefix = Encoding.UTF8.GetBytes("""[{"type":"message","ts":"1757498400.000100","user":"U04LENA","text":"caf""");
        var bytes = prefix
            .Concat(new byte[] { 0xC3, 0x28 })
            .Concat(Encoding.UTF8.GetBytes("\"}]"))
            .ToArray();
        var builder = TwoDays().File("dev/2025-09-10.json", bytes);

        var (store, report) = await ImportAsync(builder, _temp);
        await using var _ = store;

        var problem = Assert.Single(report.Problems);
        Assert.Equal("dev/2025-09-10.json", problem.File);
        Assert.Contains("not valid UTF-8", problem.Message);
        Assert.Contains($"bad byte 0xC3 at offset {prefix.Length}", problem.Message);
        Assert.Equal(5, report.Totals.ItemsAdded);
    }

    [Fact]
    public async Task FiveMegabyteMessage_IsRefusedByName_AndItsNeighboursImport()
    {
        var huge = new string('x', 5 * 1024 * 1024);
        var builder = Conversations()
            .Message(Dev, "1757412000.000100", Priya, "Before the giant: the kestrel benchmark")
            .Message(Dev, "1757412100.000100", Priya, huge)
            .Message(Dev, "1757412200.000100", Priya, "After the giant: kestrel results");

        var (store, report) = await ImportAsync(builder, _temp);
        await using var _ = store;

        var problem = Assert.Single(report.Problems);
        Assert.Equal("dev/2025-09-09.json", problem.File);
        Assert.Equal("message 2 (ts 1757412100.000100)", problem.Place);
        Assert.Contains("text is 5 MiB, over the 512 KiB", problem.Message);
        Assert.Equal(2, (await SearchIdsAsync(store, "priya", "kestrel")).Count);
    }

    [Fact]
    public async Task ZipEntriesPointingOutside_AreRefusedAndNeverWritten()
    {
        var zip = Basic().WriteZip(_temp.File("evil.zip"), new Dictionary<string, byte[]>
        {
            ["../escaped.json"] = Encoding.UTF8.GetBytes("[]"),
            ["/etc/mosaic-absolute.json"] = Encoding.UTF8.GetBytes("[]"),
            ["dev/../../up.json"] = Encoding.UTF8.GetBytes("[]"),
            ["C:/windows.json"] = Encoding.UTF8.GetBytes("[]"),
        });
        await using var store = await SqliteContentStore.OpenAsync(_temp.File("evil.db"));

        var report = await new SlackImporter(store, store).ImportAsync(zip);

        Assert.Equal(4, report.Problems.Count(p => p.Message.Contains("points outside the export")));
        Assert.Contains(report.Problems, p => p.File == "../escaped.json");
        Assert.Contains(report.Problems, p => p.File == "/etc/mosaic-absolute.json");
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(_temp.Path)!, "escaped.json")));
        Assert.False(File.Exists("/etc/mosaic-absolute.json"));
        Assert.Equal(5, report.Totals.ItemsAdded);
    }

    [Fact]
    public async Task DayFileThatIsNotAnArray_IsReported()
    {
        var builder = TwoDays().File("dev/2025-09-10.json", """{"messages": []}""");

        var (store, report) = await ImportAsync(builder, _temp);
        await using var _ = store;

        var problem = Assert.Single(report.Problems);
        Assert.Contains("should be a JSON array of messages, found an object", problem.Message);
    }

    [Fact]
    public async Task FolderMatchingNoConversation_IsReportedWithItsFileCount()
    {
        var builder = Basic().File("ghost-channel/2025-09-09.json", "[]").File("ghost-channel/2025-09-10.json", "[]");

        var (store, report) = await ImportAsync(builder, _temp);
        await using var _ = store;

        var problem = Assert.Single(report.Problems);
        Assert.Equal("ghost-channel/", problem.File);
        Assert.Contains("its 2 file(s) were skipped", problem.Message);
    }

    [Fact]
    public async Task DuplicateTsInOneFile_KeepsTheLaterMessage_WithAWarning()
    {
        var builder = Conversations()
            .Message(Dev, "1757412000.000100", Priya, "first version about the puffin")
            .Message(Dev, "1757412000.000100", Priya, "second version about the puffin");

        var (store, report) = await ImportAsync(builder, _temp);
        await using var _ = store;

        Assert.False(Assert.Single(report.Problems).IsError);
        var result = Assert.Single((await Queries(store).SearchAsync(await RequestAsync(store, "priya"), "puffin", 5)).Results);
        Assert.Equal("second version about the puffin", result.Text);
        var again = await new SlackImporter(store, store).ImportAsync(Path.Combine(_temp.Path, "export"));
        Assert.Equal(1, again.Totals.ItemsUnchanged);
    }

    [Fact]
    public async Task NotAZip_IsAClearError()
    {
        var path = _temp.File("notes.zip");
        await File.WriteAllTextAsync(path, "this is not a zip file");
        await using var store = await SqliteContentStore.OpenAsync(_temp.File("notzip.db"));

        var error = await Assert.ThrowsAsync<MosaicException>(() => new SlackImporter(store, store).ImportAsync(path));

        Assert.Contains("not a zip file or a folder", error.Message);
        Assert.Contains(path, error.Message);
    }

    [Fact]
    public async Task MissingPath_IsAClearError()
    {
        await using var store = await SqliteContentStore.OpenAsync(_temp.File("nothing.db"));

        var error = await Assert.ThrowsAsync<MosaicException>(() => new SlackImporter(store, store).ImportAsync(_temp.File("nope.zip")));

        Assert.Contains("no such file or folder", error.Message);
    }

    [Fact]
    public async Task ABatchThatFailsHalfway_LeavesNothingBehind()
    {
        await using var store = await SqliteContentStore.OpenInMemoryAsync();
        var person = new PersonRecord(PersonRef.Slack("U1"), "ana", "ana", null, null, null, false, false, []);
        await store.WriteAsync(new ImportBatch("setup", null, [person],
            [new ConversationRecord("slack", "C1", ConversationKind.PublicChannel, "general", null, null, null, false, [PersonRef.Slack("U1")])], [], []));
        ItemRecord Item(string conversation, string ts, string text) => new(
            "slack", $"{conversation}/{ts}", ts, Scope.Conversation("slack", conversation), PersonRef.Slack("U1"),
            DateTimeOffset.FromUnixTimeSeconds(1_757_412_000), null, "message", text, true, [], new Dictionary<string, int>(), 0, null);

        var batch = ImportBatch.OfItems("day.json", [], [], [Item("C1", "1.1", "the avocet arrives first"), Item("C404", "1.2", "no such conversation")]);
        var error = await Assert.ThrowsAsync<MosaicException>(() => store.WriteAsync(batch));

        Assert.Contains("does not know", error.Message);
        var people = await store.ListPeopleAsync();
        var hits = await store.SearchAsync(new SearchQuery(["avocet"], 5), AccessContext.ForAsker(people[0].Id));
        Assert.Empty(hits);
    }
}
