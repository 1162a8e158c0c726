using System.Text;
using MimeKit;
using Mosaic.Connectors;
using Mosaic.Connectors.Email;
using Mosaic.Domain;
using Mosaic.Tests.Fakes;

namespace Mosaic.Tests.Connectors.Email;

public sealed class MailConnectorTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly MailConnector _mail = new();

    public void Dispose() => _temp.Dispose();

    private string Write(string relative, byte[] bytes)
    {
        var path = _temp.File(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private async Task<SourceUnit> ReadOneAsync(string relative, byte[] bytes) =>
        Assert.Single(await _mail.ReadAsync(Write(relative, bytes)).ToListAsync());

    [Fact]
    public async Task Eml_IsOneItem_WithItsHeadersPeopleAttachmentsAndText()
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("Ann Lee", "ann@example.com"));
        message.To.Add(new MailboxAddress("Bo Li", "bo@example.com"));
        message.To.Add(new MailboxAddress("", "cy@example.com"));
        message.Cc.Add(new MailboxAddress("Dee", "dee@example.com"));
        message.Subject = "Budget for Q3";
        message.MessageId = "budget-1@example.com";
        message.Date = new DateTimeOffset(2025, 3, 3, 10, 15, 0, TimeSpan.FromHours(-5));
        var builder = new BodyBuilder { TextBody = "Numbers attached.\n\n\n\n\nThanks,\nAnn\n" };
        builder.Attachments.Add("q3.xlsx", new byte[] { 1, 2, 3 });
        message.Body = builder.ToMessageBody();

        var unit = await ReadOneAsync("budget.eml", Mails.Bytes(message));

        Assert.Equal("budget.eml", unit.File);
        Assert.Empty(unit.Problems);
        var item = Assert.Single(unit.Items);
        Assert.Equal("budget-1@example.com", item.NativeId);
        Assert.Equal("budget-1@example.com", item.Ref);
        Assert.Equal("budget-1@example.com", item.ThreadRef);
        Assert.Equal(new DateTimeOffset(2025, 3, 3, 10, 15, 0, TimeSpan.FromHours(-5)), item.Timestamp);
        Assert.Equal(TimeSpan.FromHours(-5), item.Timestamp.Offset);
        Assert.Equal("Budget for Q3", item.Title);
        Assert.Equal(new SourceAddress("Ann Lee", "ann@example.com", "from"), item.From);
        Assert.Equal(
            [new SourceAddress("Bo Li", "bo@example.com", "to"), new SourceAddress(null, "cy@example.com", "to"), new SourceAddress("Dee", "dee@example.com", "cc")],
            item.People);
        Assert.Equal([new FileRef("q3.xlsx", null)], item.Files);
        Assert.Equal(
            """
            Budget for Q3
            From: Ann Lee <ann@example.com>
            To: Bo Li <bo@example.com>, cy@example.com
            Cc: Dee <dee@example.com>

            Numbers attached.

            Thanks,
            Ann

            [attachment] q3.xlsx
            """.ReplaceLineEndings("\n"),
            item.Text);
    }

    [Fact]
    public async Task ThreadRef_IsTheFirstReference_ElseInReplyTo_ElseItsOwnId()
    {
        var root = Mails.Message("root@example.com", "Plan", "Start");
        var reply = Mails.Message("reply@example.com", "Re: Plan", "Yes");
        reply.InReplyTo = "root@example.com";
        var deep = Mails.Message("deep@example.com", "Re: Plan", "Agreed");
        deep.References.Add("root@example.com");
        deep.References.Add("reply@example.com");
        deep.InReplyTo = "reply@example.com";

        var unit = await ReadOneAsync("thread.mbox", Mails.Mbox(root, reply, deep));

        Assert.Equal(["root@example.com", "root@example.com", "root@example.com"], unit.Items.Select(i => i.ThreadRef));
        Assert.Equal(["root@example.com", "reply@example.com", "deep@example.com"], unit.Items.Select(i => i.NativeId));
        Assert.Equal(["Start", "Yes", "Agreed"], unit.Items.Select(i => i.Text.Split('\n')[^1]));
    }

    [Fact]
    public async Task QuotedReplyText_IsDropped()
    {
        var body = """
            Sounds good, ship it.
            > earlier line
            >> even earlier



            Cheers
            On Mon, 3 Mar 2025 at 10:00, Bo Li <bo@example.com> wrote:
            everything from here is the quoted mail
            """;

        var item = Assert.Single((await ReadOneAsync("r.eml", Mails.Bytes(Mails.Message("r@x", "Re: ship", body)))).Items);

        Assert.EndsWith("\n\nSounds good, ship it.\n\nCheers", item.Text);
    }

    [Fact]
    public async Task HtmlOnlyMail_IsReadAsText_WithoutTagsScriptsOrStyles()
    {
        var message = Mails.Message("html@x", "Newsletter", "");
        message.Body = new TextPart("html")
        {
            Text = """
                <html><head><title>ignored</title><style>p { color: red }</style></head>
                <body><h1>Big&nbsp;news</h1><p>Read <a href="https://example.com/post">the post</a> &amp; reply.</p>
                <script>alert('x')</script><ul><li>one</li><li>two</li></ul>
                <p>Site: <a href="https://example.com/">example.com</a><br>Bye</p></body></html>
                """,
        };

        var item = Assert.Single((await ReadOneAsync("h.eml", Mails.Bytes(message))).Items);

        Assert.EndsWith(
            "\n\nBig news\n\nRead the post (https://example.com/post) & reply.\n\n- one\n- two\n\nSite: example.com\nBye",
            item.Text);
    }

    [Fact]
    public async Task PlainTextAlternative_IsPreferredOverHtml()
    {
        var message = Mails.Message("alt@x", "Both", "");
        message.Body = new BodyBuilder { TextBody = "plain version", HtmlBody = "<p>html version</p>" }.ToMessageBody();

        var item = Assert.Single((await ReadOneAsync("a.eml", Mails.Bytes(message))).Items);

        Assert.EndsWith("\n\nplain version", item.Text);
        Assert.DoesNotContain("html version", item.Text);
    }

    [Fact]
    public async Task MissingMessageId_IsSynthesizedFromTheContent_WithAWarning()
    {
        var message = Mails.Message("x@x", "No id", "body");
        message.Headers.Remove(HeaderId.MessageId);
        var bytes = Mails.Bytes(message);

        var first = await ReadOneAsync("a.eml", bytes);
        var again = await ReadOneAsync("b.eml", bytes);

        var item = Assert.Single(first.Items);
        Assert.Matches("^sha256-[0-9a-f]{16}$", item.NativeId);
        Assert.Equal(item.NativeId, item.Ref);
        Assert.Equal(item.NativeId, again.Items[0].NativeId);
        var warning = Assert.Single(first.Problems);
        Assert.False(warning.IsError);
        Assert.Equal("message 1", warning.Place);
        Assert.Contains("Message-ID", warning.Message);
    }

    [Fact]
    public async Task MissingDate_FallsBackToTheFromLine_InAnMbox_AndToTheFileTime_InAnEml()
    {
        var message = Mails.Message("nodate@x", "When?", "body");
        message.Headers.Remove(HeaderId.Date);
        var bad = Mails.Message("baddate@x", "When?", "body");
        bad.Headers[HeaderId.Date] = "sometime soon";

        var mbox = await ReadOneAsync("m.mbox", Mails.Mbox(message, bad));
        var emlPath = Write("e.eml", Mails.Bytes(message));
        File.SetLastWriteTimeUtc(emlPath, new DateTime(2023, 5, 6, 7, 8, 9, DateTimeKind.Utc));
        var eml = Assert.Single(await _mail.ReadAsync(emlPath).ToListAsync());

        Assert.All(mbox.Items, i => Assert.Equal(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero), i.Timestamp));
        Assert.Equal(2, mbox.Problems.Count);
        Assert.All(mbox.Problems, p => Assert.False(p.IsError));
        Assert.Contains("no Date header", mbox.Problems[0].Message);
        Assert.Contains("sometime soon", mbox.Problems[1].Message);
        Assert.Equal("message 2 (<baddate@x>)", mbox.Problems[1].Place);
        Assert.Equal(new DateTimeOffset(2023, 5, 6, 7, 8, 9, TimeSpan.Zero), Assert.Single(eml.Items).Timestamp);
        Assert.Contains("modification time", Assert.Single(eml.Problems).Message);
    }

    [Fact]
    public async Task Windows1252BytesDeclaredAsUtf8_AreKept_WithAWarningNamingTheMessage()
    {
        var head = "From: Ann <ann@example.com>\nTo: bo@example.com\nSubject: Cafe\nMessage-ID: <cp@x>\nDate: Mon, 3 Mar 2025 10:00:00 +0000\n"
            + "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n";
        var bytes = Encoding.ASCII.GetBytes(head).Concat(Encoding.Latin1.GetBytes("Caf\u00e9 cr\u00e8me at 10\n")).ToArray();

        var unit = await ReadOneAsync("cp.eml", bytes);

        var item = Assert.Single(unit.Items);
        Assert.Contains("Caf\uFFFD cr\uFFFDme at 10", item.Text);
        var warning = Assert.Single(unit.Problems);
        Assert.False(warning.IsError);
        Assert.Equal("message 1 (<cp@x>)", warning.Place);
        Assert.Contains("utf-8", warning.Message);
    }

    [Fact]
    public async Task HeaderNotValidInItsDeclaredCharset_IsAWarning()
    {
        var raw = "From: =?utf-8?q?Jos=E9?= <j@example.com>\nSubject: =?utf-8?q?na=EFve?=\nMessage-ID: <h@x>\nDate: Mon, 3 Mar 2025 10:00:00 +0000\n\nhi\n";

        var unit = await ReadOneAsync("h.eml", Encoding.ASCII.GetBytes(raw));

        Assert.Single(unit.Items);
        Assert.Contains(unit.Problems, p => p is { IsError: false, Place: "message 1 (<h@x>)" } && p.Message.Contains("headers", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BodyOverOneMiB_IsTruncated_WithAWarning()
    {
        var line = new string('a', 99) + "\n";
        var message = Mails.Message("big@x", "Log", string.Concat(Enumerable.Repeat(line, 12_000)));

        var unit = await ReadOneAsync("big.eml", Mails.Bytes(message));

        var item = Assert.Single(unit.Items);
        Assert.InRange(item.Text.Length, MailBody.MaxChars, MailBody.MaxChars + 200);
        Assert.Contains(unit.Problems, p => !p.IsError && p.Message.Contains("longer than", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BinaryGarbage_IsAnError_AndNoItems()
    {
        var garbage = new byte[8192];
        new Random(42).NextBytes(garbage);

        var unit = await ReadOneAsync("junk.eml", garbage);

        Assert.Empty(unit.Items);
        var problem = Assert.Single(unit.Problems);
        Assert.True(problem.IsError);
        Assert.Equal("junk.eml", problem.File);
    }

    [Fact]
    public async Task PlainTextThatIsNotMail_IsAnError()
    {
        var unit = await ReadOneAsync("notes.eml", Encoding.ASCII.GetBytes("Shopping: milk\nTodo: call\n\nnot a mail\n"));

        Assert.Empty(unit.Items);
        Assert.True(Assert.Single(unit.Problems).IsError);
    }

    [Fact]
    public async Task DuplicateMessageId_InOneMbox_IsKeptOnce_WithAWarning()
    {
        var unit = await ReadOneAsync("d.mbox", Mails.Mbox(Mails.Message("same@x", "One", "a"), Mails.Message("same@x", "One again", "b")));

        Assert.Equal("One", Assert.Single(unit.Items).Title);
        var warning = Assert.Single(unit.Problems);
        Assert.False(warning.IsError);
        Assert.StartsWith("message 2 (<same@x>)", warning.Place);
    }

    [Fact]
    public async Task Folder_ReadsEmlMboxAndMaildir_InOrdinalOrder_WithForwardSlashPaths()
    {
        Write("Mail/cur/1700000000.M1P1.host:2,S", Mails.Bytes(Mails.Message("cur@x", "Seen", "a")));
        Write("Mail/new/1700000001.M2P2.host", Mails.Bytes(Mails.Message("new@x", "Unseen", "b")));
        Write("Mail/tmp/1700000002.M3P3.host", Mails.Bytes(Mails.Message("tmp@x", "Half written", "c")));
        Write("Mail/.Sent/cur/1700000003.M4P4.host:2,S", Mails.Bytes(Mails.Message("sent@x", "Sent", "d")));
        Write("Inbox", Mails.Mbox(Mails.Message("tb@x", "Thunderbird", "e")));
        Write("Inbox.msf", Encoding.ASCII.GetBytes("// index"));
        Write("archive/old.mbox", Mails.Mbox(Mails.Message("old@x", "Old", "f")));
        Write("one.eml", Mails.Bytes(Mails.Message("one@x", "One", "g")));
        Write("readme.txt", Encoding.ASCII.GetBytes("not mail"));

        var units = await _mail.ReadAsync(_temp.Path).ToListAsync();

        Assert.Equal(
            ["Inbox", "Mail/.Sent/cur/1700000003.M4P4.host:2,S", "Mail/cur/1700000000.M1P1.host:2,S", "Mail/new/1700000001.M2P2.host", "archive/old.mbox", "one.eml"],
            units.Select(u => u.File));
        Assert.Equal(["tb@x", "sent@x", "cur@x", "new@x", "old@x", "one@x"], units.Select(u => Assert.Single(u.Items).NativeId));
        Assert.All(units, u => Assert.Empty(u.Problems));
    }

    [Fact]
    public async Task MboxEscapedFromLines_AreUnescaped_NotDroppedAsQuotes()
    {
        var raw = "From a@x Mon Mar  3 10:00:00 2025\nFrom: a@example.com\nSubject: s\nMessage-ID: <esc@x>\nDate: Mon, 3 Mar 2025 10:00:00 +0000\n\n"
            + "Line one\n>From the start it worked\n> quoted\n";

        var item = Assert.Single((await ReadOneAsync("esc.mbox", Encoding.ASCII.GetBytes(raw))).Items);

        Assert.EndsWith("\n\nLine one\nFrom the start it worked", item.Text);
    }

    [Fact]
    public async Task MissingPath_Throws()
    {
        var e = await Assert.ThrowsAsync<MosaicException>(async () => await _mail.ReadAsync(_temp.File("missing")).ToListAsync());

        Assert.Contains("no such file or folder", e.Message);
    }

    [Fact]
    public async Task Mbox_OfMessagesLargerThanTheParsersBuffer_ReadsEveryBodyInFull()
    {
        var messages = Enumerable.Range(1, 5)
            .Select(n => Mails.Message($"m{n}@x", $"Part {n}", string.Concat(Enumerable.Repeat($"chunk {n} of the long body\n", 2_000)) + $"end {n}\n"))
            .ToArray();

        var unit = await ReadOneAsync("long.mbox", Mails.Mbox(messages));

        Assert.Empty(unit.Problems);
        Assert.Equal(["m1@x", "m2@x", "m3@x", "m4@x", "m5@x"], unit.Items.Select(i => i.NativeId));
        Assert.All(unit.Items, (item, i) => Assert.EndsWith($"end {i + 1}", item.Text));
        Assert.All(unit.Items, (item, i) => Assert.Equal(2_000, item.Text.Split('\n').Count(l => l == $"chunk {i + 1} of the long body")));
    }

    [Fact]
    public async Task ForwardedMessage_AndUnnamedAttachments_AreNamed()
    {
        var forwarded = Mails.Message("fwd@x", "Original plan", "details");
        var message = Mails.Message("outer@x", "Fwd: plan", "");
        var mixed = new Multipart("mixed")
        {
            new TextPart("plain") { Text = "see below" },
            new MessagePart { Message = forwarded, ContentDisposition = new ContentDisposition(ContentDisposition.Attachment) },
            new MimePart("application", "octet-stream") { Content = new MimeContent(new MemoryStream([1, 2])), ContentDisposition = new ContentDisposition(ContentDisposition.Attachment) },
        };
        message.Body = mixed;

        var item = Assert.Single((await ReadOneAsync("fwd.eml", Mails.Bytes(message))).Items);

        Assert.Equal(["Original plan.eml", "unnamed application/octet-stream"], item.Files.Select(f => f.Name));
        Assert.DoesNotContain("details", item.Text);
    }
}
