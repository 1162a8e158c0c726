using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Mosaic.Connectors.Slack;

namespace Mosaic.Connectors.Locomo;

/// Reads the LoCoMo benchmark file (Maharana et al., ACL 2024): a JSON array of conversations, each with
/// session_N turn lists, session_N_date_time strings ("1:56 pm on 8 May, 2023") and QA items. Only the
/// conversation and the questions are read; the derived observations and summaries are not.
public static partial class LocomoDataset
{
    public static IReadOnlyList<LocomoConversation> Load(string path)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new MosaicException($"{full}: no such file.");
        }

        using var document = Parse(full);
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new MosaicException($"{full}: should be a JSON array of LoCoMo conversations.");
        }

        var conversations = new List<LocomoConversation>();
        var index = 0;
        foreach (var sample in document.RootElement.EnumerateArray())
        {
            index++;
            try
            {
                conversations.Add(Conversation(sample));
            }
            catch (FormatException e)
            {
                throw new MosaicException($"{full}, conversation {index}: {e.Message}.", e);
            }
        }

        return conversations;
    }

    private static JsonDocument Parse(string full)
    {
        try
        {
            return JsonFile.Parse(Path.GetFileName(full), File.ReadAllBytes(full));
        }
        catch (ExportFileException e)
        {
            throw new MosaicException($"{full}: {e.Message.Replace("; skipped", "", StringComparison.Ordinal)}.", e);
        }
    }

    private static LocomoConversation Conversation(JsonElement sample)
    {
        var fields = JsonFields.Of(sample, "the conversation");
        var id = fields.RequiredString("sample_id");
        var conversation = fields.Object("conversation") is { } c ? sample.GetProperty("conversation") : throw new FormatException("\"conversation\" is missing");
        var a = JsonFields.Of(conversation, "\"conversation\"").RequiredString("speaker_a");
        var b = JsonFields.Of(conversation, "\"conversation\"").RequiredString("speaker_b");

        var turns = new List<LocomoTurn>();
        foreach (var session in conversation.EnumerateObject()
            .Select(p => (Property: p, Match: SessionKey().Match(p.Name)))
            .Where(x => x.Match.Success && x.Property.Value.ValueKind == JsonValueKind.Array)
            .OrderBy(x => int.Parse(x.Match.Groups[1].Value, CultureInfo.InvariantCulture)))
        {
            var number = int.Parse(session.Match.Groups[1].Value, CultureInfo.InvariantCulture);
            var start = conversation.TryGetProperty($"session_{number}_date_time", out var when) && when.ValueKind == JsonValueKind.String
                ? SessionTime(when.GetString()!)
                : throw new FormatException($"session_{number} has no session_{number}_date_time");
            var order = 0;
            foreach (var turn in session.Property.Value.EnumerateArray())
            {
                var t = JsonFields.Of(turn, $"a turn of session_{number}");
                var text = t.String("text") ?? "";
                if (t.String("blip_caption") is { Length: > 0 } caption)
                {
                    text = $"{text} [image: {caption}]".Trim();
                }

                turns.Add(new LocomoTurn(t.RequiredString("dia_id"), number, t.RequiredString("speaker"), start.AddSeconds(order++ * 30), text));
            }
        }

        var known = turns.Select(t => t.DiaId).ToHashSet(StringComparer.Ordinal);
        var questions = fields.Array("qa").Select(q =>
        {
            var f = JsonFields.Of(q, "a QA item");
            var evidence = f.Array("evidence")
                .Where(e => e.ValueKind == JsonValueKind.String)
                .SelectMany(e => Evidence(e.GetString()!))
                .Where(known.Contains)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            return new LocomoQuestion(f.RequiredString("question"), (int)(f.Long("category") ?? 0), evidence);
        }).ToList();
        return new LocomoConversation(id, a, b, turns, questions);
    }

    /// "1:56 pm on 8 May, 2023"; the file gives no time zone, so the times are taken as UTC.
    public static DateTimeOffset SessionTime(string text)
    {
        var cleaned = Whitespace().Replace(text.Trim(), " ");
        return DateTime.TryParseExact(cleaned, ["h:mm tt 'on' d MMMM, yyyy", "h:mm tt 'on' d MMM, yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var time)
            ? new DateTimeOffset(time, TimeSpan.Zero)
            : throw new FormatException($"cannot read the session time \"{text}\"");
    }

    /// Evidence ids as the file has them, repaired: "D8:6; D9:17" and "D9:1 D4:4" are lists, "D:11:26" is D11:26,
    /// "D30:05" is D30:5.
    public static IEnumerable<string> Evidence(string raw)
    {
        foreach (var part in raw.Split([';', ' ', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var match = EvidenceId().Match(part);
            if (match.Success)
            {
                yield return $"D{int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)}:{int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture)}";
            }
        }
    }

    [GeneratedRegex(@"^session_(\d+)$")]
    private static partial Regex SessionKey();

    [GeneratedRegex(@"^D:?(\d+):(\d+)$")]
    private static partial Regex EvidenceId();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
