using MimeKit;
using Mosaic.Connectors.Email;
using Mosaic.Domain;
using Mosaic.Tests.Fakes;

namespace Mosaic.Tests.Connectors.Email;

/// A 50 MiB attachment stays in the file: MimeKit parses the mbox in persistent mode over the file stream.
[Collection(nameof(MeasuresAllocations))]
public sealed class MailConnectorLargeAttachmentTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task FiftyMegabyteAttachment_IsNotLoaded_OnlyItsNameIsKept_WithAWarning()
    {
        var zeros = _temp.File("zeros.bin");
        using (var blank = File.Create(zeros))
        {
            blank.SetLength(50L << 20);
        }

        var message = Mails.Message("big@example.com", "Disk image", "See attached.\n");
        var builder = new BodyBuilder { TextBody = "See attached.\n" };
        await using (var content = File.OpenRead(zeros))
        {
            builder.Attachments.Add("disk.img", content);
            message.Body = builder.ToMessageBody();
            var path = _temp.File("big.mbox");
            await File.WriteAllBytesAsync(path, Mails.Mbox(Mails.Message("small@example.com", "Before", "hi\n")));
            await using var mbox = new FileStream(path, FileMode.Append);
            await mbox.WriteAsync("From ann@example.com Mon Mar  3 08:00:00 2025\n"u8.ToArray());
            await message.WriteToAsync(mbox);
        }

        var before = GC.GetTotalAllocatedBytes(precise: true);
        var unit = Assert.Single(await new MailConnector().ReadAsync(_temp.File("big.mbox")).ToListAsync());
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        Assert.Equal(2, unit.Items.Count);
        var item = unit.Items[1];
        Assert.Equal([new FileRef("disk.img", null)], item.Files);
        Assert.EndsWith("See attached.\n\n[attachment] disk.img", item.Text);
        var warning = Assert.Single(unit.Problems);
        Assert.False(warning.IsError);
        Assert.StartsWith("message 2 (<big@example.com>)", warning.Place);
        Assert.Contains("disk.img", warning.Message);
        Assert.True(allocated < 5L << 20, $"reading allocated {allocated / (1 << 20)} MiB");
    }
}
