using Mosaic.Ingestion;
using Mosaic.Requests;
using Mosaic.Retrieval;
using Mosaic.Team;

namespace Mosaic.Tests.Team;

/// Scrum roles: configured ones win, the rest are inferred from the backlog and the ceremonies with their evidence,
/// and the evidence is only what the audience may see.
public sealed class RoleFinderTests : FactStoreTest
{
    /// Maya reports the stories, Lena the bugs; Priya and Lena are assigned them.
    private const string Backlog = """
        Issue key,Summary,Issue Type,Status,Assignee,Reporter
        OTR-1,Swap form,Story,Done,priya@harbor.example,maya@harbor.example
        OTR-2,Week view,Story,In Progress,lena@harbor.example,maya@harbor.example
        OTR-3,Billing copy,Task,To Do,priya@harbor.example,maya@harbor.example
        OTR-4,CSV export,Story,To Do,lena@harbor.example,maya@harbor.example
        OTR-5,Crash on sync,Bug,To Do,priya@harbor.example,lena@harbor.example
        OTR-6,Wrong totals,Bug,Done,lena@harbor.example,lena@harbor.example
        OTR-7,Rate limit too low,Bug,To Do,priya@harbor.example,lena@harbor.example
        """;

    private async Task ImportBacklogAsync(string? visibleTo = null)
    {
        var path = Path.Combine(Path.GetTempPath(), $"mosaic-roles-{Guid.NewGuid():N}.csv");
        try
        {
            await File.WriteAllTextAsync(path, Backlog);
            Assert.Equal(0, (await new BacklogImporter(Store, Store).ImportAsync(path, new BacklogImportOptions(null, visibleTo))).Errors);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// Tom runs planning, the retro and its reminder; Maya writes acceptance criteria.
    private async Task CeremoniesAsync(string channel = "CDEV")
    {
        await PostAsync(channel, 1, "Sprint 3 planning summary: the goal is billing behind a flag. Committed: OTR-1, OTR-3.", "UT");
        await PostAsync(channel, 2, "Retro notes (sprint 3): we agreed to demo on staging, not localhost.", "UT");
        await PostAsync(channel, 3, "Reminder: the retro starts in 5 minutes, same room as always.", "UT");
        await PostAsync("CDEV", 4, "Wrote the acceptance criteria for OTR-4 this morning.", "UM");
    }

    private async Task<IReadOnlyList<RoleHolder>> RolesAsync(string asker, string? shownIn = null)
    {
        await FactPipeline.WithRules(Store).RunAsync();
        var access = (await new RequestFactory(new NameResolver(Store)).CreateAsync(asker, shownIn)).Access;
        return await new RoleFinder(Store, Store, Store).ListAsync(await Store.ListFactsAsync(null, access), access);
    }

    private static RoleHolder Single(IReadOnlyList<RoleHolder> roles, ScrumRole role) => Assert.Single(roles, r => r.Role == role);

    [Fact]
    public async Task Roles_AreInferredFromTheBacklogAndTheCeremonies_WithTheirEvidence()
    {
        await ImportBacklogAsync();
        await CeremoniesAsync();

        var roles = await RolesAsync("lena");

        var po = Single(roles, ScrumRole.ProductOwner);
        Assert.Equal(("maya", false), (po.Person, po.Configured));
        Assert.InRange(po.Confidence, 0.5, 0.9);
        Assert.Contains(po.Evidence, e => e.What == "reported 4 backlog items (4 stories or tasks, 0 bugs)" && e.Count == 4 && e.Sources.All(s => s.Id.StartsWith("backlog:OTR-", StringComparison.Ordinal)));
        Assert.Contains(po.Evidence, e => e.What.StartsWith("accepted", StringComparison.Ordinal) && e.Sources.Single().Id == "slack:CDEV/4");
        var sm = Single(roles, ScrumRole.ScrumMaster);
        Assert.Equal("tom", sm.Person);
        var ran = Assert.Single(sm.Evidence);
        Assert.Equal(3, ran.Count);
        Assert.Contains("retro 2", ran.What);
        Assert.Equal(["lena", "priya"], roles.Where(r => r.Role == ScrumRole.Developer).Select(r => r.Person));
        Assert.All(roles.Where(r => r.Role == ScrumRole.Developer), d => Assert.Contains(d.Evidence, e => e.What == "assigned backlog items"));
    }

    [Fact]
    public async Task ConfiguredRoles_WinOverInferredOnes_AndClearingThemBringsInferenceBack()
    {
        await ImportBacklogAsync();
        await CeremoniesAsync();
        var ids = (await Store.ListPeopleAsync()).ToDictionary(p => p.Handle, p => p.Id);

        await Store.SetRoleAsync(ScrumRole.ScrumMaster, ids["lena"]);
        await Store.SetRoleAsync(ScrumRole.ScrumMaster, ids["priya"]);
        await Store.SetRoleAsync(ScrumRole.Developer, ids["tom"]);
        var configured = await RolesAsync("maya");

        Assert.Equal(("priya", true, 1.0), (Single(configured, ScrumRole.ScrumMaster).Person, Single(configured, ScrumRole.ScrumMaster).Configured, Single(configured, ScrumRole.ScrumMaster).Confidence));
        Assert.Equal("tom", Single(configured, ScrumRole.Developer).Person);
        Assert.Equal("maya", Single(configured, ScrumRole.ProductOwner).Person);

        Assert.Equal(1, await Store.ClearRoleAsync(ScrumRole.ScrumMaster, null));
        Assert.Equal(0, await Store.ClearRoleAsync(ScrumRole.ScrumMaster, ids["priya"]));
        Assert.Equal(1, await Store.ClearRoleAsync(ScrumRole.Developer, ids["tom"]));
        var inferred = await RolesAsync("maya");

        Assert.Equal(("tom", false), (Single(inferred, ScrumRole.ScrumMaster).Person, Single(inferred, ScrumRole.ScrumMaster).Configured));
        Assert.Equal(["lena", "priya"], inferred.Where(r => r.Role == ScrumRole.Developer).Select(r => r.Person));
    }

    [Fact]
    public async Task WhatTheTeamSays_WinsOverWhatPeopleDo_ButNotOverConfiguration()
    {
        await ImportBacklogAsync();
        await CeremoniesAsync();
        await PostAsync("CDEV", 10, "From today Lena is our Scrum Master, Tom moves to the platform team.", "UM");

        var said = Single(await RolesAsync("priya"), ScrumRole.ScrumMaster);

        Assert.Equal(("lena", 0.9), (said.Person, said.Confidence));
        Assert.Equal("slack:CDEV/10", said.Evidence[0].Sources.Single().Id);

        await Store.SetRoleAsync(ScrumRole.ScrumMaster, (await Store.ListPeopleAsync()).Single(p => p.Handle == "tom").Id);
        Assert.Equal("tom", Single(await RolesAsync("priya"), ScrumRole.ScrumMaster).Person);
    }

    [Fact]
    public async Task Evidence_IsOnlyWhatTheAudienceMaySee()
    {
        await ImportBacklogAsync(visibleTo: "#leadership");
        await CeremoniesAsync("GLEAD");

        var lena = await RolesAsync("lena");
        var mayaInDev = await RolesAsync("maya", "#dev");
        var maya = await RolesAsync("maya");

        Assert.Empty(lena);
        Assert.DoesNotContain(mayaInDev, r => r.Role == ScrumRole.ScrumMaster);
        Assert.DoesNotContain(mayaInDev.SelectMany(r => r.Evidence).SelectMany(e => e.Sources), s => s.Id.StartsWith("backlog:", StringComparison.Ordinal) || s.Id.StartsWith("slack:GLEAD", StringComparison.Ordinal));
        Assert.Equal("tom", Single(maya, ScrumRole.ScrumMaster).Person);
        Assert.Equal("maya", Single(maya, ScrumRole.ProductOwner).Person);
    }

    [Theory]
    [InlineData("product-owner", ScrumRole.ProductOwner)]
    [InlineData("PO", ScrumRole.ProductOwner)]
    [InlineData("Scrum Master", ScrumRole.ScrumMaster)]
    [InlineData("devs", ScrumRole.Developer)]
    public void RoleNames_ParseAsPeopleTypeThem(string text, ScrumRole role) => Assert.Equal(role, ScrumRoles.Parse(text));

    [Fact]
    public void AnUnknownRole_IsAnErrorListingTheRoles() =>
        Assert.Contains("product-owner, scrum-master, developer", Assert.Throws<MosaicException>(() => ScrumRoles.Parse("architect")).Message);
}
