using System.Text;
using Mosaic.Connectors.Backlog;
using Mosaic.Control;
using Mosaic.Ingestion;
using Mosaic.Store;
using Mosaic.Tests.Fakes;
using static Mosaic.Tests.Fakes.TestWorkspace;

namespace Mosaic.Tests.Ingestion;

/// Backlog files of every format through the real readers and importer, into the basic test workspace
/// (maya, tomas "Tomás Reyes", priya "Priya Nair", lena "Lena Fischer").
public sealed class BacklogImporterTests : WorkspaceTest
{
    private const string JiraHeader =
        "Summary,Issue key,Issue id,Issue Type,Status,Priority,Assignee,Reporter,Created,Updated,Sprint,Sprint,Custom field (Story Points),Description,Labels,Labels,Watchers";

    private string Write(string name, string text, bool bom = false)
    {
        var path = Temp.File(name);
        File.WriteAllBytes(path, [.. bom ? Encoding.UTF8.GetPreamble() : [], .. Encoding.UTF8.GetBytes(text)]);
        return path;
    }

    private Task<ImportReport> ImportAsync(string path, string? format = null, string? visibleTo = null, string? url = null) =>
        new BacklogImporter(Store, Store).ImportAsync(path, new BacklogImportOptions(format, visibleTo, url));

    private async Task<BacklogItem> GetAsync(string key, string asker = "maya") =>
        await Store.GetAsync(key, (await RequestAsync(Store, asker)).Access) ?? throw new Xunit.Sdk.XunitException($"{key} is not visible to {asker}");

    [Fact]
    public async Task JiraCsv_RepeatedSprintsAndLabels_UnknownColumns_QuotedMultiLineDescription_AndABom()
    {
        var path = Write("jira.csv", JiraHeader + "\r\n"
            + "Swap form,OTR-1,10001,Story,In Progress,High,Priya Nair,Maya Okafor,24/Sep/25 8:15 AM,2025-10-01T10:00:00+02:00,Sprint 4,Sprint 5,5,\"First line, with a comma\r\nsecond line with \"\"quotes\"\"\",web,swaps,lena\r\n"
            + "Export timeout,OTR-2,10002,Bug,To Do,Medium,,Lena Fischer,2025-10-02,,Sprint 5,,,,,,\r\n", bom: true);

        var report = await ImportAsync(path);

        Assert.Empty(report.Problems);
        Assert.Equal(2, report.Totals.ItemsAdded);
        var one = await GetAsync("OTR-1");
        Assert.Equal(("OTR", "Story", "In Progress", "High", 5.0), (one.Project, one.Type, one.Status, one.Priority, one.StoryPoints));
        Assert.Equal(["Sprint 4", "Sprint 5"], one.Sprints);
        Assert.Equal(["web", "swaps"], one.Labels);
        Assert.Equal("Swap form", one.Item.Title);
        Assert.Equal("maya", one.Item.Author);
        Assert.Equal(new DateTimeOffset(2025, 9, 24, 8, 15, 0, TimeSpan.Zero), one.Created);
        Assert.Equal(new DateTimeOffset(2025, 10, 1, 8, 0, 0, TimeSpan.Zero), one.Updated);
        Assert.Contains("First line, with a comma\nsecond line with \"quotes\"", one.Item.Text.Replace("\r\n", "\n", StringComparison.Ordinal));
        var assignee = Assert.Single(one.Assignees);
        Assert.Equal(("Priya Nair", "priya"), (assignee.Name, assignee.Handle));
        Assert.Equal("backlog:OTR-1", one.Item.Id);
        Assert.Equal("OTR-1", one.Item.Ref);

        var two = await GetAsync("OTR-2");
        Assert.Empty(two.Assignees);
        Assert.Null(two.StoryPoints);
        Assert.Equal(["Sprint 5"], two.Sprints);
        Assert.Empty(two.Labels);
        Assert.Contains("backlog:OTR-1", await SearchIdsAsync(Store, "lena", "swap form"));
    }

    [Fact]
    public async Task JiraCsv_MissingOptionalColumns_AreTolerated()
    {
        var path = Write("minimal.csv", "Issue key,Summary\nOTR-7,Only a summary\nOTR-8,\n");

        var report = await ImportAsync(path);

        Assert.Empty(report.Problems);
        Assert.Equal(BacklogFormats.JiraCsv, BacklogFormats.Detect(path));
        var item = await GetAsync("OTR-7");
        Assert.Equal((null, null, null), (item.Type, item.Status, item.Created));
        Assert.Empty(item.History);
        Assert.Equal("OTR-8", (await GetAsync("OTR-8")).Item.Title);
    }

    [Fact]
    public async Task JiraCsv_BadRows_AreNamedByLineAndField_AndTheGoodRowsImport()
    {
        var path = Write("bad.csv", JiraHeader + "\n"
            + "Good one,OTR-1,1,Story,To Do,High,,,2025-10-01,,,,3,\"spans\nthree\nlines\",,,\n"
            + "Bad date,OTR-2,2,Story,To Do,High,,,yesterday-ish,,,,3,,,,\n"
            + "Bad points,OTR-3,3,Story,To Do,High,,,2025-10-01,,,,lots,,,,\n"
            + "No key,,4,Story,To Do,High,,,2025-10-01,,,,3,,,,\n"
            + "Good two,OTR-5,5,Story,To Do,High,,,2025-10-01,,,,3,,,,\n"
            + "Bad and long,OTR-6,6,Story,To Do,High,,,2025-13-45,,,,3,\"two\nlines\",,,\n");

        var report = await ImportAsync(path);

        Assert.Equal(2, report.Totals.ItemsAdded);
        Assert.All(report.Problems, p => Assert.True(p.IsError && p.File == "bad.csv", p.ToString()));
        Assert.Equal(["line 5", "line 6", "line 7", "lines 9–10"], report.Problems.Select(p => p.Place));
        Assert.StartsWith("Created: cannot read \"yesterday-ish\" as a date", report.Problems[0].Message);
        Assert.StartsWith("Story Points: \"lots\" is not a number", report.Problems[1].Message);
        Assert.StartsWith("Issue key: missing", report.Problems[2].Message);
        Assert.StartsWith("Created: cannot read \"2025-13-45\"", report.Problems[3].Message);
        Assert.NotNull(await Store.GetAsync("OTR-5", (await RequestAsync(Store, "maya")).Access));
        Assert.Null(await Store.GetAsync("OTR-2", (await RequestAsync(Store, "maya")).Access));
    }

    [Fact]
    public async Task JiraCsv_WithoutAnIssueKeyColumn_IsAnErrorNamingTheFile_AndNothingIsStored()
    {
        var path = Write("nokey.csv", "Summary,Status\nSomething,Done\n");

        var error = await Assert.ThrowsAsync<MosaicException>(() => ImportAsync(path, BacklogFormats.JiraCsv));

        Assert.Contains("nokey.csv, line 1: no \"Issue key\" column", error.Message);
        Assert.Empty(await Store.ListAsync(new BacklogFilter(), (await RequestAsync(Store, "maya")).Access));
    }

    [Fact]
    public async Task GitHubJson_KeepsIssues_ClosedOnesWithTheirReason_AndSkipsPullRequests()
    {
        var path = Write("issues.json", """
            [
              {"number": 12, "title": "Swap form crashes", "body": "Steps:\n1. open the form", "state": "open", "state_reason": null,
               "labels": [{"name": "bug"}, {"name": "web"}], "assignee": {"login": "priya-n"}, "assignees": [{"login": "priya-n"}, {"login": "ghost"}],
               "user": {"login": "lena-f"}, "milestone": {"title": "Sprint 6"}, "created_at": "2025-10-01T09:00:00Z", "updated_at": "2025-10-02T09:00:00Z",
               "closed_at": null, "html_url": "https://github.com/harbor/web/issues/12", "repository_url": "https://api.github.com/repos/harbor/web"},
              {"number": 13, "title": "Fix the swap form", "state": "open", "pull_request": {"url": "https://api.github.com/repos/harbor/web/pulls/13"},
               "html_url": "https://github.com/harbor/web/pull/13"},
              {"number": 15, "title": "Won't do: dark mode", "state": "closed", "state_reason": "not_planned", "labels": [],
               "created_at": "2025-10-01T09:00:00Z", "updated_at": "2025-10-05T10:00:00Z", "closed_at": "2025-10-05T09:00:00Z",
               "repository_url": "https://api.github.com/repos/harbor/web"},
              {"number": 16, "title": "Done thing", "state": "closed", "state_reason": "completed", "closed_at": "2025-10-06T09:00:00Z"}
            ]
            """);

        var report = await ImportAsync(path);

        Assert.Equal(3, report.Totals.ItemsAdded);
        Assert.Equal(0, report.Errors);
        Assert.Contains(report.Problems, p => p.Message.StartsWith("skipped 1 pull request", StringComparison.Ordinal));
        var open = await GetAsync("harbor/web#12");
        Assert.Equal(("harbor/web", "Open", "Issue"), (open.Project, open.Status, open.Type));
        Assert.Equal(["Sprint 6"], open.Sprints);
        Assert.Equal(["bug", "web"], open.Labels);
        Assert.Equal(["priya-n", "ghost"], open.Assignees.Select(a => a.Name));
        Assert.Equal("https://github.com/harbor/web/issues/12", open.Item.Url);
        Assert.Equal("lena-f", open.Item.Author);
        var dropped = await GetAsync("harbor/web#15");
        Assert.Equal("Closed (not planned)", dropped.Status);
        Assert.Equal(new DateTimeOffset(2025, 10, 5, 9, 0, 0, TimeSpan.Zero), Assert.Single(dropped.History).Since);
        Assert.Equal("Closed", (await GetAsync("#16")).Status);
        Assert.Null(await Store.GetAsync("harbor/web#13", (await RequestAsync(Store, "maya")).Access));
        var response = await Queries(Store).SearchAsync(await RequestAsync(Store, "maya"), "swap form crashes", 5);
        Assert.Equal("https://github.com/harbor/web/issues/12", response.Results.First(r => r.Id == "backlog:harbor/web#12").Url);
    }

    [Fact]
    public async Task GitHubJson_AWrongTypeAndABrokenTail_AreNamedByPath_AndTheIssuesBeforeThemImport()
    {
        var path = Write("broken.json", """
            [
              {"number": 1, "title": "Fine", "repository_url": "https://api.github.com/repos/harbor/web"},
              {"number": "2", "title": "Number as text"},
              {"number": 3, "title": "Labels wrong", "labels": "bug"},
              {"number": 4, "title": "Fine too", "repository_url": "https://api.github.com/repos/harbor/web"},
              {"number": 5, "title": oops}
            ]
            """);

        var report = await ImportAsync(path);

        Assert.Equal(2, report.Totals.ItemsAdded);
        var errors = report.Problems.Where(p => p.IsError).Select(p => p.ToString()).ToList();
        Assert.Equal(3, errors.Count);
        Assert.Equal("broken.json, [1]: \"number\" should be a whole number, found a string", errors[0]);
        Assert.Equal("broken.json, [2]: \"labels\" should be an array, found a string", errors[1]);
        Assert.StartsWith("broken.json, line 6: malformed JSON after issue [3]", errors[2]);
    }

    [Fact]
    public async Task PlainCsv_WithItsOwnColumnNames_SemicolonsAndSeveralValuesInACell()
    {
        var path = Write("plain.csv", "id;title;state;assignees;sprint;labels;points;created_at;link\n"
            + "T-1;Tidy the rota;open;Priya Nair;Sprint 1;ops, chores;2;2025-10-01T08:00:00Z;https://tracker.example/T-1\n"
            + "T-2;Second;closed;Priya Nair; Lena Fischer;;;;2025-10-02;\n");

        var report = await ImportAsync(path);

        Assert.Equal(BacklogFormats.Csv, BacklogFormats.Detect(path));
        Assert.Equal(0, report.Errors);
        Assert.Equal(2, report.Totals.ItemsAdded);
        var one = await GetAsync("T-1");
        Assert.Equal(("T", "open", 2.0, "https://tracker.example/T-1"), (one.Project, one.Status, one.StoryPoints, one.Item.Url));
        Assert.Equal(["ops", "chores"], one.Labels);
        Assert.Equal(["Sprint 1"], one.Sprints);
        Assert.Equal("priya", Assert.Single(one.Assignees).Handle);
    }

    [Fact]
    public async Task PlainCsv_WithoutAKeyColumn_SaysWhichNamesWork()
    {
        var path = Write("nokey.csv", "title,status\nSomething,open\n");

        var error = await Assert.ThrowsAsync<MosaicException>(() => ImportAsync(path));

        Assert.Contains("nokey.csv, line 1: no key column", error.Message);
        Assert.Contains("\"key\", \"id\"", error.Message);
    }

    [Theory]
    [InlineData("jira.csv", "\uFEFFIssue key,Summary\nA-1,x\n", BacklogFormats.JiraCsv)]
    [InlineData("export.txt", "Summary,Issue Key\nA-1,x\n", BacklogFormats.JiraCsv)]
    [InlineData("plain.csv", "key,title\nA-1,x\n", BacklogFormats.Csv)]
    [InlineData("issues.txt", "\n  [{\"number\": 1, \"title\": \"x\"}]", BacklogFormats.GitHubJson)]
    [InlineData("issues.json", "\uFEFF[]", BacklogFormats.GitHubJson)]
    public void TheFormat_IsToldFromTheFile_NotItsName(string name, string text, string format) =>
        Assert.Equal(format, BacklogFormats.Detect(Write(name, text)));

    [Fact]
    public async Task ReImport_UpdatesInPlace_KeepsTheStatusHistory_AndDuplicatesNothing()
    {
        var first = Write("v1.csv", "Issue key,Summary,Status,Updated\nOTR-1,Swap form,To Do,2025-10-01\nOTR-2,Other,To Do,2025-10-01\n");
        var second = Write("v2.csv", "Issue key,Summary,Status,Updated\nOTR-1,Swap form,In Progress,2025-10-05\nOTR-2,Other,To Do,2025-10-01\n");
        var third = Write("v3.csv", "Issue key,Summary,Status,Updated\nOTR-1,Swap form (web),Done,2025-10-09\nOTR-2,Other,To Do,2025-10-01\n");

        var reports = new List<ImportReport>();
        foreach (var path in new[] { first, second, second, third })
        {
            reports.Add(await ImportAsync(path));
        }

        Assert.Equal([(2, 0, 0), (0, 1, 1), (0, 0, 2), (0, 1, 1)], reports.Select(r => (r.Totals.ItemsAdded, r.Totals.ItemsUpdated, r.Totals.ItemsUnchanged)));
        var item = await GetAsync("OTR-1");
        Assert.Equal(["To Do", "In Progress", "Done"], item.History.Select(h => h.Status));
        Assert.Equal(
            [new DateTimeOffset(2025, 10, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2025, 10, 5, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2025, 10, 9, 0, 0, 0, TimeSpan.Zero)],
            item.History.Select(h => h.Since));
        Assert.Equal(("Done", "Swap form (web)"), (item.Status, item.Item.Title));
        Assert.Single((await GetAsync("OTR-2")).History);
        Assert.Equal(2, (await Store.ListAsync(new BacklogFilter(), (await RequestAsync(Store, "maya")).Access)).Count);
        Assert.Equal(["backlog:OTR-1"], await SearchIdsAsync(Store, "maya", "swap form"));
        Assert.Empty(await SearchIdsAsync(Store, "maya", "\"In Progress\""));
    }

    [Fact]
    public async Task AnUnknownAssignee_IsKeptAsText_AndReported_WhileAMappedLoginLinks()
    {
        await new PersonalControl(Store, Store, Store, Store, Store).MapAsync([new IdentityMapEntry("priya", [], ["pnair-gh"])]);
        var people = (await Store.ListPeopleAsync()).Count;
        var path = Write("jira.csv", "Issue key,Summary,Assignee,Reporter\nOTR-1,One,Jonas Weber,Maya Okafor\nOTR-2,Two,Jonas Weber,Maya Okafor\nOTR-3,Three,pnair-gh,Maya Okafor\n");

        var report = await ImportAsync(path);

        var warning = Assert.Single(report.Problems);
        Assert.False(warning.IsError);
        Assert.Equal("line 2", warning.Place);
        Assert.Contains("assignee \"Jonas Weber\" is not a person Mosaic knows (2 issue(s))", warning.Message);
        var unknown = Assert.Single((await GetAsync("OTR-1")).Assignees);
        Assert.Equal(("Jonas Weber", null, null), (unknown.Name, unknown.PersonId, unknown.Handle));
        Assert.Equal("priya", Assert.Single((await GetAsync("OTR-3")).Assignees).Handle);
        var priya = (await Store.ListPeopleAsync()).Single(p => p.Handle == "priya").Id;
        Assert.Equal(["OTR-3"], (await Store.ListAsync(new BacklogFilter(AssigneeId: priya), (await RequestAsync(Store, "maya")).Access)).Select(i => i.Key));
        Assert.Equal(people, (await Store.ListPeopleAsync()).Count);
    }

    [Fact]
    public async Task BytesThatAreNotUtf8_AndA50MegabyteDescription_AreReportedByLineAndField_AndTheRowsImport()
    {
        var path = Temp.File("odd.csv");
        await using (var file = File.Create(path))
        {
            await file.WriteAsync(Encoding.UTF8.GetBytes("Issue key,Summary,Description\nOTR-1,Caf"));
            file.WriteByte(0xE9); // Latin-1 é
            await file.WriteAsync(Encoding.UTF8.GetBytes(",fine\nOTR-2,Huge,\""));
            var block = Encoding.UTF8.GetBytes(new string('x', 1 << 20));
            for (var i = 0; i < 50; i++)
            {
                await file.WriteAsync(block);
            }

            await file.WriteAsync(Encoding.UTF8.GetBytes("\"\nOTR-3,After,ok\n"));
        }

        var report = await ImportAsync(path);

        Assert.Equal(3, report.Totals.ItemsAdded);
        Assert.Equal(0, report.Errors);
        Assert.Equal(
            ["odd.csv, line 2: Summary: holds bytes that are not UTF-8, shown as �; export the file as UTF-8", "odd.csv, line 3: Description: 52,428,800 characters; kept the first 100,000"],
            report.Problems.Select(p => p.ToString()));
        Assert.Equal("Caf\uFFFD", (await GetAsync("OTR-1")).Item.Title);
        Assert.InRange((await GetAsync("OTR-2")).Item.Text.Length, 100_000, 100_200);
        Assert.Equal("After", (await GetAsync("OTR-3")).Item.Title);
    }

    [Fact]
    public async Task JiraUrl_MakesLinksToIssues_AndIsRefusedForOtherFormats()
    {
        var jira = Write("jira.csv", "Issue key,Summary\nOTR-1,Pelican export\n");
        var plain = Write("plain.csv", "key,title\nP-1,Pelican\n");

        await ImportAsync(jira, url: "https://acme.atlassian.net/");
        var refused = await Assert.ThrowsAsync<MosaicException>(() => ImportAsync(plain, url: "https://acme.atlassian.net"));

        Assert.Equal("https://acme.atlassian.net/browse/OTR-1", (await GetAsync("OTR-1")).Item.Url);
        Assert.StartsWith("--url:", refused.Message);
    }

    [Fact]
    public async Task VisibleTo_AnUnknownConversation_IsAnError_ThatStoresNothing()
    {
        var path = Write("jira.csv", "Issue key,Summary\nOTR-1,Secret plan\n");

        var error = await Assert.ThrowsAsync<MosaicException>(() => ImportAsync(path, visibleTo: "#leadershp"));

        Assert.Contains("#leadership", error.Message);
        Assert.Empty(await SearchIdsAsync(Store, "maya", "secret plan"));
    }
}
