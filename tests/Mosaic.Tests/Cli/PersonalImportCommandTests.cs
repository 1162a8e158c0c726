using System.Text.Json;
using Mosaic.Tests.Connectors.Email;
using Mosaic.Tests.Fakes;

namespace Mosaic.Tests.Cli;

/// `mosaic import mail|calendar|notes PATH --owner PERSON` through the real command line.
public sealed class PersonalImportCommandTests : WorkspaceTest
{
    private Task<CliRunner.Result> Run(params string[] args) => CliRunner.RunAsync([.. args, "--db", DatabasePath]);

    [Fact]
    public async Task ImportMail_PutsItInTheOwnersSlice_AndSaysSo()
    {
        var mbox = Temp.File("inbox.mbox");
        await File.WriteAllBytesAsync(mbox, Mails.Mbox(Mails.Message("k1@mail.example", "Kiwi contract", "The kiwi contract renews in May.")));

        var result = await Run("import", "mail", mbox, "--owner", "maya");
        var mine = await Run("search", "kiwi contract", "--as", "maya", "--json");
        var theirs = await Run("search", "kiwi contract", "--as", "priya", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("into maya's personal slice: 1 items — 1 new", result.Out);
        using var json = JsonDocument.Parse(mine.Out);
        var hit = Assert.Single(json.RootElement.GetProperty("results").EnumerateArray());
        Assert.Equal("mail:U01MAYA/k1@mail.example", hit.GetProperty("id").GetString());
        Assert.Equal("mail", hit.GetProperty("source").GetString());
        Assert.Equal("k1@mail.example", hit.GetProperty("ref").GetString());
        Assert.Equal(JsonValueKind.Null, hit.GetProperty("conversation").ValueKind);
        Assert.DoesNotContain("kiwi", theirs.Out, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ImportCalendar_WithABrokenFile_ExitsTwo_AndImportsTheRest()
    {
        var folder = Directory.CreateDirectory(Temp.File("cal")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "good.ics"),
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:g1\r\nDTSTAMP:20250101T000000Z\r\nDTSTART:20251020T100000Z\r\nSUMMARY:Quokka review\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        await File.WriteAllTextAsync(Path.Combine(folder, "broken.ics"), "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:garbage\r\n");

        var result = await Run("import", "calendar", folder, "--owner", "maya@harbor.example");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("broken.ics", result.Out);
        Assert.Contains("calendar:U01MAYA/g1", (await Run("search", "quokka", "--as", "maya", "--json")).Out);
    }

    [Fact]
    public async Task ImportNotes_ForAnUnknownOwner_ExitsOne_WithCloseMatches()
    {
        var result = await Run("import", "notes", Temp.Path, "--owner", "mayah");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("No person named \"mayah\". Close matches: maya", result.Error);
    }

    [Fact]
    public async Task ImportCalendar_WithAnUnreadableWindow_ExitsOne()
    {
        var result = await Run("import", "calendar", Temp.Path, "--owner", "maya", "--from", "whenever");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--from: cannot read \"whenever\"", result.Error);
    }
}
