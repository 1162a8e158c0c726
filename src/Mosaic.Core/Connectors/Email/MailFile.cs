using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Mosaic.Domain;
using Mosaic.Ingestion;
using MimeKit;

namespace Mosaic.Connectors.Email;

/// Reads one mail file (an mbox, or a single message: .eml or a Maildir file) with MimeKit's parser on the
/// file stream in persistent mode: attachment content stays in the file and is never read. A bad message is
/// skipped with an error naming it and its byte offset; the messages before it are kept.
internal sealed partial class MailFile(string file, string path)
{
    /// Attachments are only ever named; one this large is also called out, so nobody expects its content.
    public const long LargeAttachmentBytes = 10L << 20;

    private static readonly ParserOptions Options = new();

    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly Dictionary<MimeEntity, long> _multipartEnds = new(ReferenceEqualityComparer.Instance);
    private (long Begin, long HeadersEnd, long End) _bounds;
    private bool _mbox;
    private DateTimeOffset _modified;

    public List<SourceItem> Items { get; } = [];

    public List<ImportProblem> Problems { get; } = [];

    /// Whether a file is an mbox: it starts with a "From " line.
    public static bool IsMbox(Stream stream)
    {
        Span<byte> head = stackalloc byte[5];
        var position = stream.Position;
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = position;
        return read == 5 && head.SequenceEqual("From "u8);
    }

    public void Read(CancellationToken ct)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        _mbox = IsMbox(stream);
        if (!_mbox && stream.Length == 0)
        {
            Error(null, "empty file; expected an email message; skipped");
            return;
        }

        _modified = new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero);
        var parser = new MimeParser(Options, stream, _mbox ? MimeFormat.Mbox : MimeFormat.Entity, persistent: true);
        parser.MimeMessageEnd += (_, e) =>
        {
            if (e.Parent is null)
            {
                _bounds = (e.BeginOffset, e.HeadersEndOffset, e.EndOffset);
            }
        };
        parser.MimeEntityEnd += (_, e) =>
        {
            if (e.Entity is Multipart)
            {
                _multipartEnds[e.Entity] = e.EndOffset;
            }
        };

        for (var n = 1; n == 1 || (_mbox && !parser.IsEndOfStream); n++)
        {
            ct.ThrowIfCancellationRequested();
            _multipartEnds.Clear();
            var at = parser.Position;
            MimeMessage message;
            try
            {
                message = parser.ParseMessage(ct);
            }
            catch (Exception e) when (e is FormatException or IOException)
            {
                if (_mbox)
                {
                    Error($"message {n}, byte {at}", $"could not be read as a message ({e.Message}); it and anything after it in the file were skipped");
                }
                else
                {
                    Error(null, $"not an email message ({e.Message}); skipped");
                }

                return;
            }

            using (message)
            {
                var offset = _mbox ? parser.MboxMarkerOffset : _bounds.Begin;
                try
                {
                    Add(n, message, $"{Label(n, message.MessageId)}, byte {offset}", parser.MboxMarker, stream);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    Error($"{Label(n, message.MessageId)}, byte {offset}", $"could not be read ({e.Message}); skipped");
                }
            }
        }
    }

    /// Adds one message; where names it with its byte offset, for problems about the message as a whole.
    private void Add(int n, MimeMessage message, string where, string? marker, FileStream stream)
    {
        var messageId = string.IsNullOrWhiteSpace(message.MessageId) ? null : message.MessageId.Trim();
        if (!LooksLikeMail(message))
        {
            if (_mbox)
            {
                Error(where, "has none of From, To, Subject, Date or Message-ID; not a message; skipped");
            }
            else
            {
                Error(null, "not an email message (none of From, To, Subject, Date or Message-ID); skipped");
            }

            return;
        }

        // MimeKit reports a message cut off inside its headers as one whose headers end where the file does,
        // without the blank line that ends a header block. Cut mid-line, a header is half there: skip it. Cut at
        // a line end, it may also be a message that simply has no body: keep it, with a warning.
        var length = stream.Length;
        if (_bounds.End == length && _bounds.HeadersEnd == _bounds.End && Tail(stream, _bounds.HeadersEnd) is var tail && !EndsWithBlankLine(tail))
        {
            if (!tail.AsSpan().EndsWith("\n"u8))
            {
                Error(where, $"the file ends inside its headers (at byte {length}); the message is incomplete and was skipped");
                return;
            }

            Warn(where, $"the file ends right after its headers (at byte {length}), with no body; it may be cut off");
        }
        else if (Unclosed(message.Body, stream) is { } cutAt)
        {
            Warn(where, $"its MIME parts end without their closing boundary (at byte {cutAt}), so it is probably cut off; what could be read was kept");
        }

        var caveats = new List<string>();
        var (body, bodyParts) = MailBody.Read(message, _mbox, caveats);
        var subject = string.IsNullOrWhiteSpace(message.Subject) ? null : message.Subject.Trim();
        var title = subject ?? "(no subject)";

        var from = message.From.Mailboxes.Concat(message.Sender is null ? [] : [message.Sender]).FirstOrDefault();
        var to = message.To.Mailboxes.ToList();
        var cc = message.Cc.Mailboxes.ToList();
        if (subject?.Contains('\uFFFD', StringComparison.Ordinal) == true
            || to.Concat(cc).Append(from).Any(m => m?.Name?.Contains('\uFFFD', StringComparison.Ordinal) == true))
        {
            caveats.Add("its headers are not valid in their declared charset; characters that could not be read show as U+FFFD");
        }

        var id = messageId ?? Synthesized(message, body);
        if (messageId is null)
        {
            caveats.Add($"has no Message-ID; its id {id} was derived from its Date, From, Subject and body");
        }

        if (!_ids.Add(id))
        {
            Warn(where, $"has the same Message-ID as message {_numbers[id]} of this file; skipped as a duplicate");
            return;
        }

        _numbers[id] = n;
        var timestamp = TimestampOf(message, _mbox ? marker : null, _modified, caveats);
        var attachments = Attachments(message, bodyParts, caveats);

        var text = new StringBuilder(title).Append('\n');
        AppendLine(text, "From", from is null ? [] : [from]);
        AppendLine(text, "To", to);
        AppendLine(text, "Cc", cc);
        if (body.Length > 0)
        {
            text.Append('\n').Append(body).Append('\n');
        }

        if (attachments.Count > 0)
        {
            text.Append('\n');
            foreach (var a in attachments)
            {
                text.Append("[attachment] ").Append(a.Name).Append('\n');
            }
        }

        var threadRef = message.References.FirstOrDefault(r => !string.IsNullOrWhiteSpace(r))
            ?? (string.IsNullOrWhiteSpace(message.InReplyTo) ? null : message.InReplyTo)
            ?? id;
        Items.Add(new SourceItem(
            NativeId: id,
            Ref: id,
            Timestamp: timestamp,
            ThreadRef: threadRef.Trim(),
            Title: title,
            Text: text.ToString().TrimEnd(),
            From: from is null ? null : Address(from, "from"),
            People: [.. to.Select(m => Address(m, "to")), .. cc.Select(m => Address(m, "cc"))],
            Files: attachments));

        foreach (var caveat in caveats)
        {
            Warn(Label(n, messageId), caveat);
        }
    }

    private static string Label(int n, string? messageId) =>
        string.IsNullOrWhiteSpace(messageId) ? $"message {n}" : $"message {n} (<{messageId.Trim()}>)";

    private static bool LooksLikeMail(MimeMessage message) =>
        message.Headers.Contains(HeaderId.From) || message.Headers.Contains(HeaderId.To) || message.Headers.Contains(HeaderId.Subject)
        || message.Headers.Contains(HeaderId.Date) || message.Headers.Contains(HeaderId.MessageId);

    private static byte[] Tail(FileStream stream, long offset) => ReadAt(stream, Math.Max(0, offset - 4), (int)Math.Min(4, offset));

    private static bool EndsWithBlankLine(byte[] tail) => tail.AsSpan().EndsWith("\n\n"u8) || tail.AsSpan().EndsWith("\n\r\n"u8);

    // A multipart whose closing boundary was never met has no epilogue, but so does one whose closing
    // boundary is the very last line of the file; the bytes before its end tell them apart.
    private long? Unclosed(MimeEntity? entity, FileStream stream)
    {
        if (entity is not Multipart multipart)
        {
            return null;
        }

        foreach (var child in multipart)
        {
            if (Unclosed(child, stream) is { } inner)
            {
                return inner;
            }
        }

        if (multipart.Epilogue is not null || !_multipartEnds.TryGetValue(multipart, out var end) || string.IsNullOrEmpty(multipart.Boundary))
        {
            return null;
        }

        var closing = Encoding.ASCII.GetBytes($"--{multipart.Boundary}--");
        var tail = ReadAt(stream, Math.Max(0, end - closing.Length - 8), (int)Math.Min(end, closing.Length + 8));
        return tail.AsSpan().TrimEnd(" \t\r\n"u8).EndsWith(closing) ? null : end;
    }

    // Between messages the parser is done with the stream until it next reads, and it seeks back to where it
    // was itself (persistent mode shares the stream with the parts' content), so reading here is safe.
    private static byte[] ReadAt(FileStream stream, long offset, int count)
    {
        var position = stream.Position;
        try
        {
            stream.Position = offset;
            var bytes = new byte[count];
            var read = stream.ReadAtLeast(bytes, count, throwOnEndOfStream: false);
            return bytes[..read];
        }
        finally
        {
            stream.Position = position;
        }
    }

    private static string Synthesized(MimeMessage message, string body)
    {
        var basis = $"{message.Headers[HeaderId.Date]}\n{message.Headers[HeaderId.From]}\n{message.Subject}\n{body}";
        return "sha256-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(basis)))[..16];
    }

    private static DateTimeOffset TimestampOf(MimeMessage message, string? marker, DateTimeOffset modified, List<string> caveats)
    {
        var raw = message.Headers[HeaderId.Date];
        if (raw is not null && message.Date != DateTimeOffset.MinValue)
        {
            return message.Date;
        }

        var why = raw is null ? "has no Date header" : $"has a Date header that is not a date ('{raw.Trim()}')";
        if (marker is not null && MarkerDate(marker) is { } fromLine)
        {
            caveats.Add($"{why}; the date of its mbox From line was used");
            return fromLine;
        }

        caveats.Add($"{why}; the file's modification time was used");
        return modified;
    }

    /// The date in an mbox "From sender Mon Mar  3 10:00:00 2025" line (asctime, sometimes with an offset), UTC when it has none.
    internal static DateTimeOffset? MarkerDate(string marker)
    {
        if (MarkerDatePattern().Match(marker) is not { Success: true } m)
        {
            return null;
        }

        var month = Array.IndexOf(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], m.Groups["month"].Value) + 1;
        var offset = TimeSpan.Zero;
        if (m.Groups["zone"].Success)
        {
            var zone = m.Groups["zone"].Value;
            var minutes = (int.Parse(zone[1..3], CultureInfo.InvariantCulture) * 60) + int.Parse(zone[3..], CultureInfo.InvariantCulture);
            offset = TimeSpan.FromMinutes(zone[0] == '-' ? -minutes : minutes);
        }

        try
        {
            return new DateTimeOffset(
                Int(m, "year"), month, Int(m, "day"), Int(m, "hour"), Int(m, "minute"),
                m.Groups["second"].Success ? Int(m, "second") : 0, offset);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }

        static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);
    }

    private static List<FileRef> Attachments(MimeMessage message, IReadOnlySet<MimeEntity> bodyParts, List<string> caveats)
    {
        var files = new List<FileRef>();
        foreach (var part in message.BodyParts)
        {
            if (bodyParts.Contains(part) || !IsAttachment(part))
            {
                continue;
            }

            var name = part switch
            {
                MimePart p => p.FileName,
                MessagePart m => m.ContentDisposition?.FileName ?? m.ContentType.Name ?? (m.Message?.Subject is { Length: > 0 } s ? $"{s}.eml" : null),
                _ => null,
            };
            name = string.IsNullOrWhiteSpace(name) ? $"unnamed {part.ContentType.MimeType}" : name.Trim();
            files.Add(new FileRef(name, null));

            if (part is MimePart { Content.Stream: { CanSeek: true } content } && content.Length > LargeAttachmentBytes)
            {
                caveats.Add($"its attachment '{name}' is {Units.Bytes(content.Length)}; it was not read, only its name is kept");
            }
        }

        return files;
    }

    // Content-Disposition: attachment, or a named non-text part that is not an inline image of the HTML body
    // (those carry a Content-ID), or an attached message.
    private static bool IsAttachment(MimeEntity part) =>
        part.IsAttachment
        || (part.ContentDisposition is null && part.ContentId is null
            && part is MessagePart or MimePart { FileName: not null } and not TextPart);

    private static void AppendLine(StringBuilder text, string label, List<MailboxAddress> people)
    {
        if (people.Count > 0)
        {
            text.Append(label).Append(": ").AppendJoin(", ", people.Select(Show)).Append('\n');
        }
    }

    private static string Show(MailboxAddress m) =>
        string.IsNullOrWhiteSpace(m.Name) ? m.Address : $"{m.Name.Trim()} <{m.Address}>";

    private static SourceAddress Address(MailboxAddress m, string role) =>
        new(string.IsNullOrWhiteSpace(m.Name) ? null : m.Name.Trim(), string.IsNullOrWhiteSpace(m.Address) ? null : m.Address, role);

    private void Error(string? place, string message) => Problems.Add(new ImportProblem(file, place, message));

    private void Warn(string? place, string message) => Problems.Add(new ImportProblem(file, place, message, IsError: false));

    [GeneratedRegex(@"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+(?<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+(?<day>\d{1,2})\s+(?<hour>\d{1,2}):(?<minute>\d{2})(?::(?<second>\d{2}))?(?:\s+(?<zone>[+-]\d{4})|\s+[A-Z]{2,5})?\s+(?<year>\d{4})\b")]
    private static partial Regex MarkerDatePattern();
}
