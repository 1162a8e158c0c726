using System.Text;
using System.Text.RegularExpressions;

namespace Mosaic.Connectors.Notes;

/// Splits a plain-text note: one section when it is short, otherwise parts of about PartChars cut at blank
/// lines, so that a long file is found by the part that matches rather than as one blob.
internal static partial class TextNote
{
    public const int SplitAboveChars = 4_000;
    public const int PartChars = 1_500;

    public static IReadOnlyList<NoteSection> Parse(string text)
    {
        text = text.ReplaceLineEndings("\n").Trim();
        if (text.Length == 0)
        {
            return [];
        }

        if (text.Length <= SplitAboveChars)
        {
            return [new NoteSection(NoteSlug.Top, null, text)];
        }

        var parts = new List<string>();
        var part = new StringBuilder();
        foreach (var paragraph in BlankLines().Split(text).SelectMany(Pieces))
        {
            if (part.Length > 0 && part.Length + paragraph.Length > PartChars)
            {
                parts.Add(part.ToString());
                part.Clear();
            }

            if (part.Length > 0)
            {
                part.Append("\n\n");
            }

            part.Append(paragraph);
        }

        if (part.Length > 0)
        {
            parts.Add(part.ToString());
        }

        return parts.Select((p, i) => new NoteSection(i == 0 ? NoteSlug.Top : $"part-{i + 1}", null, p)).ToList();
    }

    // A paragraph far over the part size (a log, a wall of text) is cut at line ends, and a line far over it
    // at the last space before the limit, so no part grows without bound.
    private static IEnumerable<string> Pieces(string paragraph)
    {
        if (paragraph.Length <= PartChars * 2)
        {
            yield return paragraph;
            yield break;
        }

        var rest = paragraph.AsMemory();
        while (rest.Length > PartChars)
        {
            var window = rest.Span[..PartChars];
            var cut = window.LastIndexOf('\n');
            if (cut <= 0)
            {
                cut = window.LastIndexOf(' ');
            }

            if (cut <= 0)
            {
                cut = PartChars;
            }

            yield return rest[..cut].ToString().Trim();
            rest = rest[cut..];
        }

        if (rest.Span.Trim().Length > 0)
        {
            yield return rest.ToString().Trim();
        }
    }

    [GeneratedRegex(@"\n[ \t]*\n\s*")]
    private static partial Regex BlankLines();
}
