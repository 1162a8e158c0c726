using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using Mosaic.Ingestion;

namespace Mosaic.Connectors.Notes;

/// Reads notes: Markdown (*.md, *.markdown) as one item per section, plain text (*.txt) as one item or, when
/// long, a few parts. A folder is read recursively, skipping hidden files and folders (.git, .obsidian, …).
/// An unreadable file is a unit with one error; nothing here throws for bad input.
public sealed partial class NotesConnector : IPersonalConnector
{
    public const long MaxFileBytes = 16L << 20;

    /// A section's text is cut here, as a mail body is: an item is for finding and reading, not for archiving.
    public const int MaxSectionChars = 1 << 20;

    private static readonly string[] MarkdownExtensions = [".md", ".markdown"];

    public string Name => "notes";

    public async IAsyncEnumerable<SourceUnit> ReadAsync(string path, [EnumeratorCancellation] CancellationToken ct = default)
    {
        foreach (var (full, relative) in ListFiles(path))
        {
            ct.ThrowIfCancellationRequested();
            yield return await ReadFileAsync(full, relative, ct);
        }
    }

    private static List<(string Full, string Relative)> ListFiles(string path) =>
        SourceFiles.List(path, (_, relative) => IsMarkdown(relative) || relative.EndsWith(".txt", StringComparison.OrdinalIgnoreCase));

    private static bool IsMarkdown(string file) =>
        MarkdownExtensions.Any(e => file.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    private static async Task<SourceUnit> ReadFileAsync(string full, string relative, CancellationToken ct)
    {
        byte[] bytes;
        DateTimeOffset modified;
        try
        {
            var info = new FileInfo(full);
            if (info.Length > MaxFileBytes)
            {
                return Failed(relative, null, $"{Units.Bytes(info.Length)} is over the {Units.Bytes(MaxFileBytes)} limit for a note; skipped");
            }

            modified = new DateTimeOffset(info.LastWriteTimeUtc, TimeSpan.Zero);
            bytes = await File.ReadAllBytesAsync(full, ct);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed(relative, null, $"could not be read: {e.Message}");
        }

        if (Decode(bytes) is not { } text)
        {
            var (offset, line) = FirstInvalidUtf8(bytes);
            return Failed(relative, $"byte {offset}", $"not valid UTF-8 (bad byte 0x{bytes[offset]:X2}, line {line}); skipped");
        }

        var problems = new List<ImportProblem>();
        IReadOnlyList<NoteSection> sections;
        string title;
        DateTimeOffset? dated = null;
        var fileTitle = Path.GetFileNameWithoutExtension(relative);
        if (IsMarkdown(relative))
        {
            var (h1, parsed, frontMatter) = MarkdownNote.Parse(text);
            sections = parsed;
            title = h1 ?? fileTitle;
            if (frontMatter is not null && MarkdownNote.FrontMatterDate(frontMatter) is var (line, date))
            {
                dated = date;
                if (date is null)
                {
                    problems.Add(new ImportProblem(relative, $"line {line}", "the front matter's date: is not a YYYY-MM-DD date; the file name or modification time was used", IsError: false));
                }
            }
        }
        else
        {
            sections = TextNote.Parse(text);
            title = fileTitle;
        }

        var timestamp = dated ?? DateInName(Path.GetFileName(relative)) ?? modified;
        var items = new List<SourceItem>(sections.Count);
        foreach (var section in sections)
        {
            var sectionText = section.Text;
            if (sectionText.Length > MaxSectionChars)
            {
                sectionText = sectionText[..MaxSectionChars];
                problems.Add(new ImportProblem(
                    relative, $"section '{section.Heading ?? section.Slug}'",
                    $"longer than {Units.Count(MaxSectionChars)} characters; only the start was kept", IsError: false));
            }

            items.Add(new SourceItem(
                NativeId: $"{relative}#{section.Slug}",
                Ref: $"{relative}#{section.Slug}",
                Timestamp: timestamp,
                ThreadRef: relative,
                Title: TitleOf(title, section),
                Text: sectionText,
                From: null,
                People: [],
                Files: []));
        }

        return new SourceUnit(relative, items, problems);
    }

    private static string TitleOf(string fileTitle, NoteSection section) => section switch
    {
        { Heading: null, Slug: NoteSlug.Top } => fileTitle,
        { Heading: null } => $"{fileTitle} › {section.Slug.Replace('-', ' ')}",
        { Heading: var h } when h.Length == 0 || h == fileTitle => fileTitle,
        { Heading: var h } => $"{fileTitle} › {h}",
    };

    private static SourceUnit Failed(string file, string? place, string message) =>
        new(file, [], [new ImportProblem(file, place, message)]);

    /// The text of a note: UTF-8 (a BOM is fine) or UTF-16 with a BOM; null when the bytes are not valid UTF-8.
    private static string? Decode(byte[] bytes)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith("\uFEFF"u8))
        {
            span = span[3..];
        }
        else if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(span[2..]);
        }
        else if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(span[2..]);
        }

        return System.Text.Unicode.Utf8.IsValid(span) ? Encoding.UTF8.GetString(span) : null;
    }

    private static (int Offset, int Line) FirstInvalidUtf8(byte[] bytes)
    {
        var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        var span = bytes.AsSpan(start);

        // Decoding stops at the first invalid sequence; bytesRead is where it starts.
        System.Text.Unicode.Utf8.ToUtf16(span, new char[span.Length], out var bytesRead, out _, replaceInvalidSequences: false);
        var offset = start + bytesRead;
        return (offset, bytes.AsSpan(0, offset).Count((byte)'\n') + 1);
    }

    private static DateTimeOffset? DateInName(string name)
    {
        foreach (Match m in NameDate().Matches(name))
        {
            if (DateOnly.TryParseExact(m.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)")]
    private static partial Regex NameDate();
}
