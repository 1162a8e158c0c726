using System.Text;
using Mosaic.Connectors;
using Mosaic.Connectors.Calendar;
using Mosaic.Tests.Fakes;

namespace Mosaic.Tests.Connectors.Calendar;

/// Broken calendar files: each problem names the file and where, and whatever is good still imports.
public sealed class CalendarConnectorBrokenInputTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly CalendarConnector _connector = new(new DateTimeOffset(2025, 10, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public void Dispose() => _temp.Dispose();

    private async Task<SourceUnit> ReadAsync(byte[] bytes)
    {
        var path = _temp.File("broken.ics");
        await File.WriteAllBytesAsync(path, bytes);
        return Assert.Single(await _connector.ReadAsync(path).ToListAsync());
    }

    [Fact]
    public async Task BrokenLine_IsAnErrorNamingTheFileAndLine()
    {
        var ics = Ics.Calendar(Ics.Event("UID:a", "DTSTART:20251101T100000Z", "SUMMARY:A", "this line is not a property"));

        var unit = await ReadAsync(Ics.Utf8(ics));

        Assert.Empty(unit.Items);
        var problem = Assert.Single(unit.Problems);
        Assert.True(problem.IsError);
        Assert.Equal("broken.ics", problem.File);
        Assert.Equal("line 9", problem.Place);
        Assert.Contains("iCalendar", problem.Message);
    }

    [Fact]
    public async Task UnclosedCalendar_IsAnError()
    {
        var unit = await ReadAsync(Ics.Utf8("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART:20251101T100000Z\r\n"));

        Assert.Empty(unit.Items);
        Assert.True(Assert.Single(unit.Problems).IsError);
    }

    [Fact]
    public async Task NotACalendar_IsAnError()
    {
        var garbage = new byte[512];
        new Random(7).NextBytes(garbage);
        for (var i = 0; i < garbage.Length; i++)
        {
            garbage[i] = (byte)(garbage[i] & 0x7F);
        }

        var unit = await ReadAsync(garbage);

        Assert.Empty(unit.Items);
        Assert.True(Assert.Single(unit.Problems).IsError);
    }

    [Fact]
    public async Task EventWithoutDtstart_IsSkippedWithAnErrorNamingIt_AndTheOthersImport()
    {
        var ics = Ics.Calendar(
            Ics.Event("UID:no-start", "SUMMARY:Nowhen"),
            Ics.Event("UID:ok", "DTSTART:20251101T100000Z", "SUMMARY:Fine"));

        var unit = await ReadAsync(Ics.Utf8(ics));

        Assert.Equal("ok", Assert.Single(unit.Items).NativeId);
        var problem = Assert.Single(unit.Problems);
        Assert.True(problem.IsError);
        Assert.Equal("event no-start", problem.Place);
        Assert.Contains("DTSTART", problem.Message);
    }

    [Fact]
    public async Task EventWithoutUid_GetsAStableSynthesizedId_WithAWarning()
    {
        var ics = Ics.Calendar(Ics.Event("DTSTART:20251101T100000Z", "SUMMARY:Lunch"));

        var first = await ReadAsync(Ics.Utf8(ics));
        var second = await ReadAsync(Ics.Utf8(ics));

        var item = Assert.Single(first.Items);
        Assert.Matches("^sha256-[0-9a-f]{16}$", item.NativeId);
        Assert.Equal(item.NativeId, second.Items[0].NativeId);
        var warning = Assert.Single(first.Problems);
        Assert.False(warning.IsError);
        Assert.Equal("event 'Lunch'", warning.Place);
    }

    [Fact]
    public async Task InvalidUtf8_IsAnErrorWithTheByteOffset()
    {
        var head = Ics.Utf8(Ics.Calendar(Ics.Event("UID:x", "DTSTART:20251101T100000Z", "SUMMARY:Caf")));
        var cut = Array.IndexOf(head, (byte)'C') + 3;
        var bytes = head[..cut].Append((byte)0xE9).Concat(head[cut..]).ToArray();

        var unit = await ReadAsync(bytes);

        Assert.Empty(unit.Items);
        var problem = Assert.Single(unit.Problems);
        Assert.Equal($"byte {cut}", problem.Place);
        Assert.Contains("UTF-8", problem.Message);
    }

    [Fact]
    public async Task RuleThatRecursEverySecondForDecades_IsRefusedQuickly_AndTheOthersImport()
    {
        var ics = Ics.Calendar(
            Ics.Event("UID:tick", "DTSTART:19900101T000000Z", "RRULE:FREQ=SECONDLY", "SUMMARY:Tick"),
            Ics.Event("UID:never", "DTSTART:20250101T000000Z", "RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "SUMMARY:Never"),
            Ics.Event("UID:ok", "DTSTART:20251101T100000Z", "SUMMARY:Fine"));

        var unit = await ReadAsync(Ics.Utf8(ics));

        Assert.Equal("ok", Assert.Single(unit.Items).NativeId);
        Assert.Contains(unit.Problems, p => p is { Place: "event tick", IsError: true });
        Assert.DoesNotContain(unit.Problems, p => p.Place == "event ok");
    }

    [Fact]
    public async Task UnknownTimeZoneWithoutDefinition_IsReadAsUtc_WithAWarning()
    {
        var ics = Ics.Calendar(Ics.Event("UID:mars", "DTSTART;TZID=Mars/Olympus:20251101T100000", "SUMMARY:Mars"));

        var unit = await ReadAsync(Ics.Utf8(ics));

        Assert.Equal(new DateTimeOffset(2025, 11, 1, 10, 0, 0, TimeSpan.Zero), Assert.Single(unit.Items).Timestamp);
        var warning = Assert.Single(unit.Problems);
        Assert.False(warning.IsError);
        Assert.Contains("Mars/Olympus", warning.Message);
    }

    [Fact]
    public async Task EmptyFile_IsAnError()
    {
        var unit = await ReadAsync(Encoding.UTF8.GetBytes("  \r\n"));

        Assert.True(Assert.Single(unit.Problems).IsError);
    }

    [Fact]
    public async Task SameUidTwice_IsKeptOnce_WithAWarning()
    {
        var ics = Ics.Calendar(
            Ics.Event("UID:twice", "DTSTART:20251101T100000Z", "SUMMARY:First"),
            Ics.Event("UID:twice", "DTSTART:20251102T100000Z", "SUMMARY:Second"));

        var unit = await ReadAsync(Ics.Utf8(ics));

        Assert.Equal("First", Assert.Single(unit.Items).Title);
        var warning = Assert.Single(unit.Problems);
        Assert.False(warning.IsError);
        Assert.Equal("event twice", warning.Place);
    }
}
