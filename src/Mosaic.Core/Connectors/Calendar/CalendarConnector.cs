using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using Ical.Net;
using Mosaic.Ingestion;

namespace Mosaic.Connectors.Calendar;

/// Reads iCalendar files (*.ics; a folder recursively, skipping hidden files and folders). A plain event is
/// one item; a recurring one is an item per occurrence starting in [windowStart, windowEnd), at most
/// maxOccurrencesPerSeries of them. Plain events are kept whatever their date: the window only bounds the
/// expansion of rules that would otherwise never end.
public sealed partial class CalendarConnector : IPersonalConnector
{
    public const long MaxFileBytes = 64L << 20;

    private readonly DateTimeOffset _windowStart;
    private readonly DateTimeOffset _windowEnd;
    private readonly int _maxOccurrencesPerSeries;

    public CalendarConnector(DateTimeOffset windowStart, DateTimeOffset windowEnd, int maxOccurrencesPerSeries = 366)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(windowEnd, windowStart);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxOccurrencesPerSeries, 1);
        _windowStart = windowStart;
        _windowEnd = windowEnd;
        _maxOccurrencesPerSeries = maxOccurrencesPerSeries;
    }

    public string Name => "calendar";

    public async IAsyncEnumerable<SourceUnit> ReadAsync(string path, [EnumeratorCancellation] CancellationToken ct = default)
    {
        foreach (var (full, relative) in ListFiles(path))
        {
            ct.ThrowIfCancellationRequested();
            yield return await ReadFileAsync(full, relative, ct);
        }
    }

    private static List<(string Full, string Relative)> ListFiles(string path) =>
        SourceFiles.List(path, (_, relative) => relative.EndsWith(".ics", StringComparison.OrdinalIgnoreCase));

    private async Task<SourceUnit> ReadFileAsync(string full, string relative, CancellationToken ct)
    {
        byte[] bytes;
        try
        {
            var length = new FileInfo(full).Length;
            if (length > MaxFileBytes)
            {
                return Failed(relative, null, $"{Units.Bytes(length)} is over the {Units.Bytes(MaxFileBytes)} limit for a calendar file; skipped");
            }

            bytes = await File.ReadAllBytesAsync(full, ct);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed(relative, null, $"could not be read: {e.Message}");
        }

        var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        var span = bytes.AsSpan(start);
        if (!System.Text.Unicode.Utf8.IsValid(span))
        {
            // Decoding stops at the first invalid sequence; bytesRead is where it starts.
            System.Text.Unicode.Utf8.ToUtf16(span, new char[span.Length], out var bytesRead, out _, replaceInvalidSequences: false);
            var offset = start + bytesRead;
            var line = bytes.AsSpan(0, offset).Count((byte)'\n') + 1;
            return Failed(relative, $"byte {offset}", $"not valid UTF-8 (bad byte 0x{bytes[offset]:X2}, line {line}); skipped");
        }

        var text = Encoding.UTF8.GetString(span);
        if (string.IsNullOrWhiteSpace(text))
        {
            return Failed(relative, null, "empty file; expected an iCalendar (BEGIN:VCALENDAR); skipped");
        }

        CalendarCollection calendars;
        try
        {
            calendars = CalendarCollection.Load(text);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var line = LineOf(text, e.Message);
            return Failed(relative, line is null ? null : $"line {line}", $"not a readable iCalendar file ({e.Message}); skipped");
        }

        if (calendars.Count == 0)
        {
            return Failed(relative, null, "no VCALENDAR in the file; skipped");
        }

        var reader = new CalendarFile(relative, text, _windowStart, _windowEnd, _maxOccurrencesPerSeries);
        foreach (var calendar in calendars)
        {
            ct.ThrowIfCancellationRequested();
            reader.Read(calendar);
        }

        return new SourceUnit(relative, reader.Items, reader.Problems);
    }

    // Ical.Net names the offending (unfolded) line but not its number; the first physical line it starts with is it.
    private static int? LineOf(string text, string message)
    {
        if (BadLine().Match(message) is not { Success: true } m || m.Groups[1].Value.Length == 0)
        {
            return null;
        }

        var bad = m.Groups[1].Value;
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length > 0 && bad.StartsWith(lines[i], StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return null;
    }

    private static SourceUnit Failed(string file, string? place, string message) =>
        new(file, [], [new ImportProblem(file, place, message)]);

    [GeneratedRegex("Could not parse line: '(.*)'", RegexOptions.Singleline)]
    private static partial Regex BadLine();
}
