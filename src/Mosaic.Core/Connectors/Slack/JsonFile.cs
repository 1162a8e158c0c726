using System.Text.Json;

namespace Mosaic.Connectors.Slack;

/// Parses one export file, turning every way it can be broken into a message that names the place.
public static class JsonFile
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64 };

    public static JsonDocument Parse(string file, byte[] bytes)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith("\uFEFF"u8))
        {
            span = span[3..];
        }

        if (FirstInvalidUtf8(span) is { } bad)
        {
            throw new ExportFileException(file, $"not valid UTF-8 (bad byte 0x{span[bad]:X2} at offset {bad}, line {LineOf(span, bad)}); skipped");
        }

        if (span.IsEmpty || span.Trim(" \t\r\n"u8).IsEmpty)
        {
            throw new ExportFileException(file, "empty file; expected JSON; skipped");
        }

        try
        {
            return JsonDocument.Parse(span.ToArray(), Options);
        }
        catch (JsonException e)
        {
            var line = (e.LineNumber ?? 0) + 1;
            var column = (e.BytePositionInLine ?? 0) + 1;
            var truncated = LooksTruncated(span, e) ? "truncated: the file ends before its JSON does" : "malformed JSON";
            throw new ExportFileException(file, $"{truncated} at line {line}, byte {column}; skipped");
        }
    }

    private static bool LooksTruncated(ReadOnlySpan<byte> span, JsonException e)
    {
        // The reader reports the end of input either as the place of the error or as an unclosed container.
        var lines = 0L;
        var lastLineStart = 0;
        for (var i = 0; i < span.Length; i++)
        {
            if (span[i] == (byte)'\n')
            {
                lines++;
                lastLineStart = i + 1;
            }
        }

        var atEnd = e.LineNumber == lines && e.BytePositionInLine >= span.Length - lastLineStart - 1;
        return atEnd || e.Message.Contains("open JSON object or array", StringComparison.Ordinal);
    }

    private static int? FirstInvalidUtf8(ReadOnlySpan<byte> span)
    {
        if (System.Text.Unicode.Utf8.IsValid(span))
        {
            return null;
        }

        // Decoding stops at the first invalid sequence; bytesRead is where it starts.
        System.Text.Unicode.Utf8.ToUtf16(span, new char[span.Length], out var bytesRead, out _, replaceInvalidSequences: false);
        return bytesRead;
    }

    private static int LineOf(ReadOnlySpan<byte> span, int offset) => span[..offset].Count((byte)'\n') + 1;
}
