using System.Text;
using MimeKit;
using Mosaic.Connectors;
using Mosaic.Connectors.Email;
using Mosaic.Tests.Fakes;

namespace Mosaic.Tests.Connectors.Email;

/// Mbox files cut off part-way: the earlier messages import, and the damaged one is named with its byte offset.
public sealed class MailConnectorBrokenMboxTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    /// Three messages; the third has an attachment, so it is multipart.
    private static byte[] ThreeMessages(out int thirdStart)
    {
        var third = Mails.Message("third@example.com", "Third", "");
        var builder = new BodyBuilder { TextBody = "Report attached.\n" };
        builder.Attachments.Add("report.txt", Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("line of the report\n", 40))));
        third.Body = builder.ToMessageBody();
        var bytes = Mails.Mbox(Mails.Message("first@example.com", "First", "one\n"), Mails.Message("second@example.com", "Second", "two\n"), third);
        thirdStart = Encoding.ASCII.GetString(bytes).LastIndexOf("From ann@", StringComparison.Ordinal);
        return bytes;
    }

    private async Task<SourceUnit> ReadAsync(byte[] bytes)
    {
        var path = _temp.File("inbox.mbox");
        await File.WriteAllBytesAsync(path, bytes);
        return Assert.Single(await new MailConnector().ReadAsync(path).ToListAsync());
    }

    [Fact]
    public async Task Mbox_TruncatedLastMessage_IsReportedWithItsPlace_AndTheOthersImport()
    {
        var bytes = ThreeMessages(out var thirdStart);
        var cut = Encoding.ASCII.GetString(bytes).IndexOf("Subject: Third", thirdStart, StringComparison.Ordinal) + "Subject: Th".Length;

        var unit = await ReadAsync(bytes[..cut]);

        Assert.Equal(["first@example.com", "second@example.com"], unit.Items.Select(i => i.NativeId));
        var problem = Assert.Single(unit.Problems);
        Assert.True(problem.IsError);
        Assert.Equal("inbox.mbox", problem.File);
        Assert.StartsWith("message 3", problem.Place);
        Assert.EndsWith($"byte {thirdStart}", problem.Place);
        Assert.Contains("headers", problem.Message);
    }

    [Fact]
    public async Task Mbox_LastMessageCutInsideItsParts_IsKeptWithAWarningNamingItsPlace()
    {
        var bytes = ThreeMessages(out var thirdStart);
        var cut = Encoding.ASCII.GetString(bytes).LastIndexOf("line of the report", StringComparison.Ordinal);

        var unit = await ReadAsync(bytes[..cut]);

        Assert.Equal(["first@example.com", "second@example.com", "third@example.com"], unit.Items.Select(i => i.NativeId));
        Assert.Contains("Report attached.", unit.Items[2].Text);
        var problem = Assert.Single(unit.Problems);
        Assert.False(problem.IsError);
        Assert.Equal($"message 3 (<third@example.com>), byte {thirdStart}", problem.Place);
        Assert.Contains("closing boundary", problem.Message);
    }

    [Fact]
    public async Task Mbox_CutRightAfterTheLastMessagesHeaders_KeepsItsHeaders_WithAWarning()
    {
        var bytes = ThreeMessages(out var thirdStart);
        var text = Encoding.ASCII.GetString(bytes);
        var cut = text.IndexOf("\n\n", thirdStart, StringComparison.Ordinal) + 2;

        var unit = await ReadAsync(bytes[..cut]);

        Assert.Equal(3, unit.Items.Count);
        Assert.Equal("Third", unit.Items[2].Title);
        Assert.False(Assert.Single(unit.Problems).IsError);
    }

    [Fact]
    public async Task Mbox_CutInsideTheLastFromLine_IsAnErrorForThatMessage_AndTheOthersImport()
    {
        var bytes = ThreeMessages(out var thirdStart);

        var unit = await ReadAsync(bytes[..(thirdStart + 12)]);

        Assert.Equal(2, unit.Items.Count);
        var problem = Assert.Single(unit.Problems);
        Assert.True(problem.IsError);
        Assert.Equal($"message 3, byte {thirdStart}", problem.Place);
    }

    [Fact]
    public async Task Multipart_WhoseClosingBoundaryIsTheLastLineWithoutNewline_IsNotReportedAsCut()
    {
        var raw = "From: a@example.com\nSubject: s\nMessage-ID: <end@x>\nDate: Mon, 3 Mar 2025 10:00:00 +0000\n"
            + "Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\nhi\n--b--";
        var path = _temp.File("end.eml");
        await File.WriteAllTextAsync(path, raw);

        var unit = Assert.Single(await new MailConnector().ReadAsync(path).ToListAsync());

        Assert.Single(unit.Items);
        Assert.Empty(unit.Problems);
    }

    [Fact]
    public async Task Eml_OfHeadersOnly_EndingAtALineEnd_IsKept_WithAWarning()
    {
        var path = _temp.File("bare.eml");
        await File.WriteAllTextAsync(path, "From: a@example.com\nSubject: Only headers\nMessage-ID: <bare@x>\nDate: Mon, 3 Mar 2025 10:00:00 +0000\n");

        var unit = Assert.Single(await new MailConnector().ReadAsync(path).ToListAsync());

        Assert.Equal("Only headers", Assert.Single(unit.Items).Title);
        var warning = Assert.Single(unit.Problems);
        Assert.False(warning.IsError);
        Assert.Equal("message 1 (<bare@x>), byte 0", warning.Place);
    }
}
