using Mosaic.Connectors;
using Mosaic.Connectors.Calendar;
using Mosaic.Tests.Fakes;

namespace Mosaic.Tests.Connectors.Calendar;

public sealed class CalendarConnectorTests : IDisposable
{
    private static readonly DateTimeOffset WindowStart = new(2025, 10, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset WindowEnd = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private async Task<SourceUnit> ReadAsync(string ics, int max = 366)
    {
        var path = _temp.File("cal.ics");
        await File.WriteAllTextAsync(path, ics);
        return Assert.Single(await new CalendarConnector(WindowStart, WindowEnd, max).ReadAsync(path).ToListAsync());
    }

    [Fact]
    public async Task SingleEvent_IsOneItem_WithOrganizerAttendeesAndAReadableText()
    {
        var unit = await ReadAsync(Ics.Calendar(Ics.Event(
            "UID:kickoff-1@example.com",
            "DTSTART;TZID=Europe/Berlin:20251105T100000",
            "DTEND;TZID=Europe/Berlin:20251105T113000",
            "SUMMARY:Project kickoff",
            "LOCATION:Room 4",
            "DESCRIPTION:Agenda:\\n1. scope\\n2. people",
            "ORGANIZER;CN=Maya Ortiz:mailto:maya@example.com",
            "ATTENDEE;CN=Bo Li;ROLE=REQ-PARTICIPANT:mailto:bo@example.com",
            "ATTENDEE:mailto:cy@example.com")));

        Assert.Empty(unit.Problems);
        var item = Assert.Single(unit.Items);
        Assert.Equal("kickoff-1@example.com", item.NativeId);
        Assert.Equal("kickoff-1@example.com", item.Ref);
        Assert.Equal("kickoff-1@example.com", item.ThreadRef);
        Assert.Equal(new DateTimeOffset(2025, 11, 5, 10, 0, 0, TimeSpan.FromHours(1)), item.Timestamp);
        Assert.Equal(TimeSpan.FromHours(1), item.Timestamp.Offset);
        Assert.Equal("Project kickoff", item.Title);
        Assert.Equal(new SourceAddress("Maya Ortiz", "maya@example.com", "organizer"), item.From);
        Assert.Equal([new SourceAddress("Bo Li", "bo@example.com", "attendee"), new SourceAddress(null, "cy@example.com", "attendee")], item.People);
        Assert.Equal(
            """
            Project kickoff
            When: 2025-11-05 10:00–11:30 (Europe/Berlin)
            Where: Room 4
            Organizer: Maya Ortiz <maya@example.com>
            Attendees: Bo Li <bo@example.com>, cy@example.com

            Agenda:
            1. scope
            2. people
            """.ReplaceLineEndings("\n"),
            item.Text);
    }

    [Fact]
    public async Task WeeklyRuleInBerlin_AcrossTheDstChange_KeepsEachOccurrencesOwnOffset()
    {
        var unit = await ReadAsync(Ics.Calendar(Ics.Event(
            "UID:standup",
            "DTSTART;TZID=Europe/Berlin:20251015T090000",
            "DTEND;TZID=Europe/Berlin:20251015T091500",
            "RRULE:FREQ=WEEKLY;COUNT=4",
            "SUMMARY:Standup")));

        Assert.Empty(unit.Problems);
        Assert.Equal(
            [
                new DateTimeOffset(2025, 10, 15, 9, 0, 0, TimeSpan.FromHours(2)),
                new DateTimeOffset(2025, 10, 22, 9, 0, 0, TimeSpan.FromHours(2)),
                new DateTimeOffset(2025, 10, 29, 9, 0, 0, TimeSpan.FromHours(1)),
                new DateTimeOffset(2025, 11, 5, 9, 0, 0, TimeSpan.FromHours(1)),
            ],
            unit.Items.Select(i => i.Timestamp));
        Assert.Equal([TimeSpan.FromHours(2), TimeSpan.FromHours(2), TimeSpan.FromHours(1), TimeSpan.FromHours(1)], unit.Items.Select(i => i.Timestamp.Offset));
        Assert.Equal(["standup/20251015T070000Z", "standup/20251022T070000Z", "standup/20251029T080000Z", "standup/20251105T080000Z"], unit.Items.Select(i => i.NativeId));
        Assert.All(unit.Items, i => Assert.Equal("standup", i.Ref));
        Assert.All(unit.Items, i => Assert.Equal("standup", i.ThreadRef));
        Assert.Contains("When: 2025-10-29 09:00–09:15 (Europe/Berlin)", unit.Items[2].Text);
    }

    [Fact]
    public async Task ExdateAndRecurrenceIdOverrides_AreHonoured()
    {
        var unit = await ReadAsync(Ics.Calendar(
            Ics.Event(
                "UID:review",
                "DTSTART:20251006T150000Z",
                "DTEND:20251006T160000Z",
                "RRULE:FREQ=WEEKLY;COUNT=4",
                "EXDATE:20251013T150000Z",
                "SUMMARY:Review"),
            Ics.Event(
                "UID:review",
                "RECURRENCE-ID:20251020T150000Z",
                "DTSTART:20251021T170000Z",
                "DTEND:20251021T180000Z",
                "SUMMARY:Review (moved to Tuesday)")));

        Assert.Empty(unit.Problems);
        Assert.Equal(
            [
                ("review/20251006T150000Z", "Review", new DateTimeOffset(2025, 10, 6, 15, 0, 0, TimeSpan.Zero)),
                ("review/20251020T150000Z", "Review (moved to Tuesday)", new DateTimeOffset(2025, 10, 21, 17, 0, 0, TimeSpan.Zero)),
                ("review/20251027T150000Z", "Review", new DateTimeOffset(2025, 10, 27, 15, 0, 0, TimeSpan.Zero)),
            ],
            unit.Items.Select(i => (i.NativeId, i.Title, i.Timestamp)));
    }

    [Fact]
    public async Task CancelledOverride_RemovesItsOccurrence_AndAnOverrideWithoutItsSeries_IsOneOccurrence()
    {
        var unit = await ReadAsync(Ics.Calendar(
            Ics.Event("UID:sync", "DTSTART:20251103T090000Z", "RRULE:FREQ=WEEKLY;COUNT=3", "SUMMARY:Sync"),
            Ics.Event("UID:sync", "RECURRENCE-ID:20251110T090000Z", "DTSTART:20251110T090000Z", "STATUS:CANCELLED", "SUMMARY:Sync"),
            Ics.Event("UID:lonely", "RECURRENCE-ID:20251104T120000Z", "DTSTART:20251104T130000Z", "SUMMARY:Moved instance")));

        Assert.Empty(unit.Problems);
        Assert.Equal(["sync/20251103T090000Z", "sync/20251117T090000Z", "lonely/20251104T120000Z"], unit.Items.Select(i => i.NativeId));
        Assert.Equal("lonely", unit.Items[2].Ref);
        Assert.Equal("lonely", unit.Items[2].ThreadRef);
    }

    [Fact]
    public async Task RecurringSeries_IsBoundedByTheWindow_AndCappedWithAWarning()
    {
        var daily = Ics.Calendar(Ics.Event("UID:daily", "DTSTART:20200101T080000Z", "RRULE:FREQ=DAILY", "SUMMARY:Daily"));

        var all = await ReadAsync(daily);
        var capped = await ReadAsync(daily, max: 10);

        Assert.Equal(92, all.Items.Count);
        Assert.Empty(all.Problems);
        Assert.Equal(new DateTimeOffset(2025, 10, 1, 8, 0, 0, TimeSpan.Zero), all.Items[0].Timestamp);
        Assert.Equal(new DateTimeOffset(2025, 12, 31, 8, 0, 0, TimeSpan.Zero), all.Items[^1].Timestamp);
        Assert.Equal(10, capped.Items.Count);
        Assert.Equal(new DateTimeOffset(2025, 10, 10, 8, 0, 0, TimeSpan.Zero), capped.Items[^1].Timestamp);
        var warning = Assert.Single(capped.Problems);
        Assert.False(warning.IsError);
        Assert.Equal("event daily", warning.Place);
        Assert.Contains("10", warning.Message);
    }

    [Fact]
    public async Task RdateOnlySeries_IsExpanded()
    {
        var unit = await ReadAsync(Ics.Calendar(Ics.Event("UID:r", "DTSTART:20251101T100000Z", "RDATE:20251115T100000Z,20251201T100000Z", "SUMMARY:Extra")));

        Assert.Equal(["r/20251101T100000Z", "r/20251115T100000Z", "r/20251201T100000Z"], unit.Items.Select(i => i.NativeId));
    }

    [Fact]
    public async Task AllDayAndFloatingEvents_AreReadAsUtc()
    {
        var unit = await ReadAsync(Ics.Calendar(
            Ics.Event("UID:holiday", "DTSTART;VALUE=DATE:20251224", "DTEND;VALUE=DATE:20251227", "SUMMARY:Holidays"),
            Ics.Event("UID:day", "DTSTART;VALUE=DATE:20251101", "SUMMARY:Day off"),
            Ics.Event("UID:floating", "DTSTART:20251101T100000", "DTEND:20251101T110000", "SUMMARY:Floating")));

        Assert.Empty(unit.Problems);
        var byId = unit.Items.ToDictionary(i => i.NativeId);
        Assert.Equal(new DateTimeOffset(2025, 12, 24, 0, 0, 0, TimeSpan.Zero), byId["holiday"].Timestamp);
        Assert.Contains("When: 2025-12-24–2025-12-26 (all day)", byId["holiday"].Text);
        Assert.Contains("When: 2025-11-01 (all day)", byId["day"].Text);
        Assert.Equal(new DateTimeOffset(2025, 11, 1, 10, 0, 0, TimeSpan.Zero), byId["floating"].Timestamp);
        Assert.Contains("When: 2025-11-01 10:00–11:00 (UTC)", byId["floating"].Text);
    }

    [Fact]
    public async Task PlainEventsOutsideTheWindow_AreKept()
    {
        var unit = await ReadAsync(Ics.Calendar(Ics.Event("UID:old", "DTSTART:20190301T100000Z", "SUMMARY:Old")));

        Assert.Equal("old", Assert.Single(unit.Items).NativeId);
    }

    [Fact]
    public async Task SeveralCalendarsInOneFile_AreAllRead()
    {
        var unit = await ReadAsync(
            Ics.Calendar(Ics.Event("UID:a", "DTSTART:20251101T100000Z", "SUMMARY:A"))
            + Ics.Calendar(Ics.Event("UID:b", "DTSTART:20251102T100000Z", "SUMMARY:B")));

        Assert.Equal(["a", "b"], unit.Items.Select(i => i.NativeId));
    }

    [Fact]
    public async Task CustomVTimeZone_ThatNoDatabaseKnows_GivesItsOwnOffsets()
    {
        const string zone = """
            BEGIN:VTIMEZONE
            TZID:Customized Time Zone
            BEGIN:STANDARD
            DTSTART:16010101T030000
            TZOFFSETFROM:+0200
            TZOFFSETTO:+0100
            RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
            END:STANDARD
            BEGIN:DAYLIGHT
            DTSTART:16010101T020000
            TZOFFSETFROM:+0100
            TZOFFSETTO:+0200
            RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
            END:DAYLIGHT
            END:VTIMEZONE

            """;
        var unit = await ReadAsync(Ics.Calendar(
            zone.ReplaceLineEndings("\r\n"),
            Ics.Event("UID:custom", "DTSTART;TZID=Customized Time Zone:20251020T090000", "RRULE:FREQ=WEEKLY;UNTIL=20251027T080000Z", "SUMMARY:Custom")));

        Assert.Empty(unit.Problems);
        Assert.Equal(
            [new DateTimeOffset(2025, 10, 20, 9, 0, 0, TimeSpan.FromHours(2)), new DateTimeOffset(2025, 10, 27, 9, 0, 0, TimeSpan.FromHours(1))],
            unit.Items.Select(i => i.Timestamp));
        Assert.Equal(["custom/20251020T070000Z", "custom/20251027T080000Z"], unit.Items.Select(i => i.NativeId));
        Assert.Contains("(Customized Time Zone)", unit.Items[0].Text);
    }

    [Fact]
    public async Task Folder_IsReadRecursively_InOrdinalOrder()
    {
        var one = Ics.Calendar(Ics.Event("UID:x", "DTSTART:20251101T100000Z", "SUMMARY:X"));
        Directory.CreateDirectory(_temp.File("work"));
        await File.WriteAllTextAsync(_temp.File("work/b.ics"), one);
        await File.WriteAllTextAsync(_temp.File("a.ICS"), one);
        await File.WriteAllTextAsync(_temp.File("notes.txt"), "no");

        var units = await new CalendarConnector(WindowStart, WindowEnd).ReadAsync(_temp.Path).ToListAsync();

        Assert.Equal(["a.ICS", "work/b.ics"], units.Select(u => u.File));
    }

    [Fact]
    public async Task Utf8Bom_IsFine()
    {
        var unit = await ReadAsync("\uFEFF" + Ics.Calendar(Ics.Event("UID:bom", "DTSTART:20251101T100000Z", "SUMMARY:Grüße")));

        Assert.Empty(unit.Problems);
        Assert.Equal("Grüße", Assert.Single(unit.Items).Title);
    }

    [Fact]
    public async Task MissingPath_Throws()
    {
        var connector = new CalendarConnector(WindowStart, WindowEnd);

        await Assert.ThrowsAsync<MosaicException>(async () => await connector.ReadAsync(_temp.File("none.ics")).ToListAsync());
    }

    [Fact]
    public void Window_MustNotBeEmpty()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CalendarConnector(WindowEnd, WindowStart));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CalendarConnector(WindowStart, WindowEnd, 0));
    }
}
