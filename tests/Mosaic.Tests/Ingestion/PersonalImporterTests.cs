using MimeKit;
using Mosaic.Connectors;
using Mosaic.Control;
using Mosaic.Ingestion;
using Mosaic.Tests.Connectors.Calendar;
using Mosaic.Tests.Connectors.Email;
using Mosaic.Tests.Fakes;
using static Mosaic.Tests.Fakes.TestWorkspace;

namespace Mosaic.Tests.Ingestion;

/// Mail, calendars and notes into their owner's personal slice, through the real connectors and importer.
public sealed class PersonalImporterTests : WorkspaceTest
{
    private static MimeMessage Mail(string id, string fromName, string fromEmail, string subject, string body, params (string Name, string Email)[] to)
    {
        var message = Mails.Message(id, subject, body, new DateTimeOffset(2025, 10, 2, 9, 30, 0, TimeSpan.FromHours(2)));
        message.From.Clear();
        message.From.Add(new MailboxAddress(fromName, fromEmail));
        message.To.Clear();
        foreach (var (name, email) in to)
        {
            message.To.Add(new MailboxAddress(name, email));
        }

        return message;
    }

    private async Task<string> MailboxAsync(params MimeMessage[] messages)
    {
        var path = Temp.File("maya.mbox");
        await File.WriteAllBytesAsync(path, Mails.Mbox(messages));
        return path;
    }

    private Task<ImportReport> ImportAsync(string kind, string path, string owner = "maya") =>
        new PersonalImporter(Store, Store).ImportAsync(PersonalConnectors.For(kind), path, owner);

    [Fact]
    public async Task Mail_GoesIntoTheOwnersSlice_AndReachesNoOneElse()
    {
        var mbox = await MailboxAsync(
            Mail("a1@mail.example", "Priya Nair", "priya.nair@fastmail.example", "Walrus budget", "The walrus budget is 40k, between us.", ("Maya Okafor", "maya@harbor.example")),
            Mail("a2@mail.example", "Clinic Desk", "desk@clinic.example", "Walrus visit", "Your walrus visit is confirmed.", ("Maya", "maya@harbor.example")));

        var report = await ImportAsync("mail", mbox);

        Assert.Equal(2, report.Totals.ItemsAdded);
        Assert.Empty(report.Problems);
        Assert.Equal(["mail:U01MAYA/a1@mail.example", "mail:U01MAYA/a2@mail.example"], (await SearchIdsAsync(Store, "maya", "walrus")).Order());
        foreach (var other in new[] { "priya", "tomas", "lena" })
        {
            Assert.Empty(await SearchIdsAsync(Store, other, "walrus"));
        }

        foreach (var channel in new[] { "#general", "#dev", "#leadership", MayaPriyaDm })
        {
            var answer = await Queries(Store).AskAsync(await RequestAsync(Store, "maya", channel), "what is the walrus budget?");
            Assert.DoesNotContain(answer.Citations, c => c.Source == "mail");
            Assert.DoesNotContain("40k", answer.Answer);
        }
    }

    [Fact]
    public async Task Senders_AreLinkedToPeople_ByEmailOrName_AndNameLinksStayPrivate()
    {
        var mbox = await MailboxAsync(
            Mail("b1@mail.example", "Priya Nair", "priya.nair@fastmail.example", "Pelican", "Pelican notes from home", ("Maya Okafor", "maya@harbor.example")),
            Mail("b2@mail.example", "Tomás Reyes", "tomas@harbor.example", "Pelican 2", "Pelican notes from work", ("Maya Okafor", "maya@harbor.example")),
            Mail("b3@mail.example", "Clinic Desk", "desk@clinic.example", "Pelican 3", "Pelican appointment", ("Maya Okafor", "maya@harbor.example")));

        await ImportAsync("mail", mbox);
        var response = await Queries(Store).SearchAsync(await RequestAsync(Store, "maya"), "pelican", 10);
        var control = new PersonalControl(Store, Store, Store, Store, Store);

        Assert.Equal(["Clinic Desk <desk@clinic.example>", "priya", "tomas"], response.Results.Select(r => r.Author).Order());
        var link = (await control.PeopleAsync("maya")).Single(p => p.Handle == "priya").Identities.Single(i => i.Value == "priya.nair@fastmail.example");
        Assert.Equal(("name", 0.95), (link.Origin, link.Confidence));
        Assert.DoesNotContain((await control.PeopleAsync("priya")).SelectMany(p => p.Identities), i => i.Value == "priya.nair@fastmail.example");
        Assert.DoesNotContain((await control.PeopleAsync(null)).SelectMany(p => p.Identities), i => i.Value == "desk@clinic.example");
    }

    [Fact]
    public async Task ATruncatedMbox_ImportsWhatItCan_AndNamesThePlace()
    {
        var whole = Mails.Mbox(
            Mail("c1@mail.example", "Ann", "ann@x.example", "Osprey one", "First osprey mail"),
            Mail("c2@mail.example", "Ann", "ann@x.example", "Osprey two", "Second osprey mail"));
        var cut = whole.AsSpan(0, whole.Length - (Mails.Bytes(Mail("c2@mail.example", "Ann", "ann@x.example", "Osprey two", "Second osprey mail")).Length - 40)).ToArray();
        var path = Temp.File("cut.mbox");
        await File.WriteAllBytesAsync(path, cut);

        var report = await ImportAsync("mail", path);

        Assert.Contains(await SearchIdsAsync(Store, "maya", "osprey"), id => id == "mail:U01MAYA/c1@mail.example");
        var problem = Assert.Single(report.Problems);
        Assert.Equal("cut.mbox", problem.File);
        Assert.Contains("message 2", problem.Place);
    }

    [Fact]
    public async Task Calendar_ExpandsRecurringEvents_AndLinksAttendees_WithoutShowingThemTheEvent()
    {
        var path = Temp.File("maya.ics");
        await File.WriteAllTextAsync(path, Ics.Calendar(Ics.Event(
            "UID:heron-sync@harbor.example",
            "SUMMARY:Heron sync",
            "DTSTART;TZID=Europe/Berlin:20251020T100000",
            "DTEND;TZID=Europe/Berlin:20251020T103000",
            "RRULE:FREQ=WEEKLY;COUNT=3",
            "ORGANIZER;CN=Maya Okafor:mailto:maya@harbor.example",
            "ATTENDEE;CN=Priya Nair:mailto:priya@harbor.example")));

        var report = await ImportAsync("calendar", path);

        Assert.Equal(3, report.Totals.ItemsAdded);
        var ids = await SearchIdsAsync(Store, "maya", "heron sync");
        Assert.Contains("calendar:U01MAYA/heron-sync@harbor.example/20251103T090000Z", ids);
        Assert.Empty(await SearchIdsAsync(Store, "priya", "heron sync"));
        Assert.DoesNotContain((await new PersonalControl(Store, Store, Store, Store, Store).MeAsync("priya")).Mentions, m => m.Source == "calendar");
    }

    [Fact]
    public async Task Notes_AreSplitIntoSections_WithStableIds()
    {
        var folder = Directory.CreateDirectory(Temp.File("notes")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "plan.md"), "# Plan\n\nIntro.\n\n## Budget\n\nThe ibis budget is small.\n\n## Risks\n\nThe ibis vendor is late.\n");

        var report = await ImportAsync("notes", folder);

        Assert.Equal(3, report.Totals.ItemsAdded);
        Assert.Equal(["notes:U01MAYA/plan.md#budget", "notes:U01MAYA/plan.md#risks"], (await SearchIdsAsync(Store, "maya", "ibis")).Order());
        Assert.Equal(0, (await ImportAsync("notes", folder)).Totals.ItemsAdded);
    }

    [Fact]
    public async Task AnUnknownOwner_IsAnError_ListingCloseMatches()
    {
        var error = await Assert.ThrowsAsync<MosaicException>(() => ImportAsync("notes", Temp.Path, owner: "mya"));

        Assert.Contains("Close matches: maya", error.Message);
    }
}
