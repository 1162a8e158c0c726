using System.Text;
using Mosaic.Connectors;
using Mosaic.Connectors.Notes;
using Mosaic.Tests.Fakes;

namespace Mosaic.Tests.Connectors.Notes;

public sealed class NotesConnectorTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly NotesConnector _notes = new();

    public void Dispose() => _temp.Dispose();

    private string Write(string relative, string text) => Write(relative, Encoding.UTF8.GetBytes(text));

    private string Write(string relative, byte[] bytes)
    {
        var path = _temp.File(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private async Task<SourceUnit> ReadOneAsync(string path) => Assert.Single(await _notes.ReadAsync(path).ToListAsync());

    [Fact]
    public async Task Markdown_IsOneItemPerSection_WithTheTextBeforeTheFirstHeadingAsTop()
    {
        var path = Write("plan.md", """
            Some intro with **bold** text.

            # Launch Plan

            We ship in *March*.

            ## Risks
            - vendor delay
            - budget

            ```
            var x = 1;
            ```

            ### Owner
            """);

        var unit = await ReadOneAsync(path);

        Assert.Equal("plan.md", unit.File);
        Assert.Empty(unit.Problems);
        Assert.Equal(["plan.md#top", "plan.md#launch-plan", "plan.md#risks", "plan.md#owner"], unit.Items.Select(i => i.NativeId));
        Assert.All(unit.Items, i => Assert.Equal(i.NativeId, i.Ref));
        Assert.All(unit.Items, i => Assert.Equal("plan.md", i.ThreadRef));
        Assert.Equal(["Launch Plan", "Launch Plan", "Launch Plan › Risks", "Launch Plan › Owner"], unit.Items.Select(i => i.Title));
        Assert.Equal("Some intro with bold text.", unit.Items[0].Text);
        Assert.Equal("Launch Plan\nWe ship in March.", unit.Items[1].Text);
        Assert.Equal("Risks\nvendor delay\nbudget\n\nvar x = 1;", unit.Items[2].Text);
        Assert.Equal("Owner", unit.Items[3].Text);
        Assert.All(unit.Items, i => Assert.DoesNotContain("*", i.Text));
    }

    [Fact]
    public async Task Markdown_WithNothingBeforeItsFirstHeading_HasNoTopItem_AndTakesItsTitleFromTheFileName()
    {
        var path = Write("2025-03-04 standup.md", "## Done\nshipped\n\n## Next\ntests\n");

        var unit = await ReadOneAsync(path);

        Assert.Equal(["2025-03-04 standup.md#done", "2025-03-04 standup.md#next"], unit.Items.Select(i => i.NativeId));
        Assert.Equal("2025-03-04 standup › Done", unit.Items[0].Title);
        Assert.All(unit.Items, i => Assert.Equal(new DateTimeOffset(2025, 3, 4, 0, 0, 0, TimeSpan.Zero), i.Timestamp));
    }

    [Fact]
    public async Task Markdown_RepeatedHeadings_GetNumberedSlugsInDocumentOrder()
    {
        var path = Write("log.md", "intro\n\n# Notes\na\n# Notes\nb\n## notes!\nc\n# Notes 2\nd\n# Top\ne\n# ???\nf\n# !!!\ng\n");

        var unit = await ReadOneAsync(path);

        Assert.Equal(
            ["log.md#top", "log.md#notes", "log.md#notes-2", "log.md#notes-3", "log.md#notes-2-2", "log.md#top-2", "log.md#section", "log.md#section-2"],
            unit.Items.Select(i => i.NativeId));
        Assert.Equal(unit.Items.Count, unit.Items.Select(i => i.NativeId).Distinct().Count());
    }

    [Fact]
    public async Task HeadingNamedTop_KeepsItsSlug_WhenThereIsNoTextBeforeIt()
    {
        var path = Write("t.md", "# Top\na\n# Top\nb\n");

        var unit = await ReadOneAsync(path);

        Assert.Equal(["t.md#top", "t.md#top-2"], unit.Items.Select(i => i.NativeId));
    }

    [Fact]
    public async Task FrontMatterDate_IsTheTimestamp_AndTheFrontMatterIsInNoSection()
    {
        var path = Write("2020-01-01-old.md", "---\ntitle: Retro\ndate: 2025-06-30\ntags: [a]\n---\nBody text.\n\n# Heading\nMore.\n");

        var unit = await ReadOneAsync(path);

        Assert.Equal(2, unit.Items.Count);
        Assert.All(unit.Items, i => Assert.Equal(new DateTimeOffset(2025, 6, 30, 0, 0, 0, TimeSpan.Zero), i.Timestamp));
        Assert.All(unit.Items, i => Assert.DoesNotContain("title:", i.Text));
        Assert.Equal("Body text.", unit.Items[0].Text);
    }

    [Fact]
    public async Task WithoutADateInFrontMatterOrName_TheTimestampIsTheLastWriteTime()
    {
        var path = Write("ideas.md", "# Ideas\nsome\n");
        var written = new DateTime(2024, 2, 3, 4, 5, 6, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, written);

        var unit = await ReadOneAsync(path);

        Assert.Equal(new DateTimeOffset(written), Assert.Single(unit.Items).Timestamp);
        Assert.Equal(TimeSpan.Zero, unit.Items[0].Timestamp.Offset);
    }

    [Fact]
    public async Task ShortText_IsOneItemNamedTop()
    {
        var path = Write("todo.txt", "buy milk\r\ncall Bo\r\n");

        var item = Assert.Single((await ReadOneAsync(path)).Items);

        Assert.Equal("todo.txt#top", item.NativeId);
        Assert.Equal("todo", item.Title);
        Assert.Equal("buy milk\ncall Bo", item.Text);
    }

    [Fact]
    public async Task LongText_IsSplitAtBlankLines_IntoPartsOfAboutFifteenHundredCharacters()
    {
        var paragraphs = Enumerable.Range(1, 30).Select(i => $"Paragraph {i}: " + new string('x', 280));
        var path = Write("journal.txt", string.Join("\n\n", paragraphs));

        var items = (await ReadOneAsync(path)).Items;

        Assert.True(items.Count >= 5, $"{items.Count} parts");
        Assert.Equal("journal.txt#top", items[0].NativeId);
        Assert.Equal(items.Skip(1).Select((_, i) => $"journal.txt#part-{i + 2}"), items.Skip(1).Select(i => i.NativeId));
        Assert.All(items, i => Assert.InRange(i.Text.Length, 1, 1_800));
        Assert.All(items, i => Assert.StartsWith("Paragraph ", i.Text));
        Assert.Equal(30, items.Sum(i => i.Text.Split("\n\n").Length));
    }

    [Fact]
    public async Task InvalidUtf8_IsAnErrorNamingTheByteOffset_AndNoItems()
    {
        var bytes = Encoding.UTF8.GetBytes("# Caf\n").Concat(new byte[] { 0xE9, (byte)'\n' }).ToArray();
        var path = Write("bad.md", bytes);

        var unit = await ReadOneAsync(path);

        Assert.Empty(unit.Items);
        var problem = Assert.Single(unit.Problems);
        Assert.True(problem.IsError);
        Assert.Equal("byte 6", problem.Place);
        Assert.Contains("UTF-8", problem.Message);
    }

    [Fact]
    public async Task Utf16WithBom_AndUtf8WithBom_AreRead()
    {
        Write("n/a.md", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("# Größe\nü")).ToArray());
        Write("n/b.txt", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("héllo")).ToArray());

        var units = await _notes.ReadAsync(_temp.File("n")).ToListAsync();

        Assert.All(units, u => Assert.Empty(u.Problems));
        Assert.Equal("Größe\nü", Assert.Single(units[0].Items).Text);
        Assert.Equal("héllo", Assert.Single(units[1].Items).Text);
    }

    [Fact]
    public async Task FileOverSixteenMiB_IsAnError()
    {
        var path = _temp.File("huge.md");
        using (var stream = File.Create(path))
        {
            stream.SetLength(NotesConnector.MaxFileBytes + 1);
        }

        var unit = await ReadOneAsync(path);

        Assert.Empty(unit.Items);
        Assert.True(Assert.Single(unit.Problems).IsError);
        Assert.Contains("16 MiB", unit.Problems[0].Message);
    }

    [Fact]
    public async Task Folder_IsReadRecursivelyInOrdinalOrder_WithForwardSlashPaths_SkippingHiddenAndOtherFiles()
    {
        Write("b.md", "# B\nb");
        Write("A/z.txt", "z");
        Write("A/sub/y.markdown", "y");
        Write(".obsidian/hidden.md", "no");
        Write("image.png", "no");

        var units = await _notes.ReadAsync(_temp.Path).ToListAsync();

        Assert.Equal(["A/sub/y.markdown", "A/z.txt", "b.md"], units.Select(u => u.File));
        Assert.Equal("A/sub/y.markdown#top", Assert.Single(units[0].Items).NativeId);
        Assert.Equal("A/sub/y.markdown", units[0].Items[0].ThreadRef);
    }

    [Fact]
    public async Task MissingPath_Throws()
    {
        var e = await Assert.ThrowsAsync<MosaicException>(async () => await _notes.ReadAsync(_temp.File("nope")).ToListAsync());
        Assert.Contains("no such file or folder", e.Message);
    }

    [Fact]
    public async Task FrontMatterDateThatIsNoDate_IsAWarningNamingItsLine_AndTheFileNameDateIsUsed()
    {
        var path = Write("2024-12-01 retro.md", "---\ntitle: Retro\ndate: last tuesday\n---\n# Retro\ntext\n");

        var unit = await ReadOneAsync(path);

        Assert.Equal(new DateTimeOffset(2024, 12, 1, 0, 0, 0, TimeSpan.Zero), Assert.Single(unit.Items).Timestamp);
        var warning = Assert.Single(unit.Problems);
        Assert.False(warning.IsError);
        Assert.Equal("line 3", warning.Place);
    }

    [Fact]
    public async Task SectionOverOneMiB_IsTruncated_WithAWarningNamingTheSection()
    {
        var path = Write("dump.md", "# Small\nok\n\n# Dump\n" + string.Concat(Enumerable.Repeat(new string('z', 79) + "\n\n", 14_000)));

        var unit = await ReadOneAsync(path);

        Assert.Equal(2, unit.Items.Count);
        Assert.Equal(NotesConnector.MaxSectionChars, unit.Items[1].Text.Length);
        var warning = Assert.Single(unit.Problems);
        Assert.False(warning.IsError);
        Assert.Equal("section 'Dump'", warning.Place);
    }
}
