using System.Text;
using System.Text.RegularExpressions;
using Mosaic.Connectors.Notes;

namespace Mosaic.Sample;

/// Splits a Markdown note the way the importer does: one section per ATX heading, running up to the next
/// heading of any level, plus "top" for text before the first heading. Front matter is not a section.
/// Slugs follow the notes connector's own rule (NoteSlug, SlugSet), since the ground truth names its items.
internal static partial class SampleNoteSections
{
    public static IReadOnlyList<(string Slug, string Text)> Split(string markdown)
    {
        if (markdown.Contains("```", StringComparison.Ordinal) || markdown.Contains('\r', StringComparison.Ordinal))
        {
            // Fenced code could hide a '#' line from a real Markdown parser; keep the sample unambiguous.
            throw new InvalidOperationException("Sample notes use \\n line endings and no fenced code.");
        }
        var lines = markdown.Split('\n');
        var first = 0;
        if (lines.Length > 0 && lines[0] == "---")
        {
            first = Array.IndexOf(lines, "---", 1) + 1;
            if (first == 0)
            {
                throw new InvalidOperationException("Front matter is not closed.");
            }
        }

        var sections = new List<(string Slug, string Text)>();
        var slugs = new SlugSet();
        string? heading = null;
        var text = new StringBuilder();
        for (var i = first; i < lines.Length; i++)
        {
            var match = Heading().Match(lines[i]);
            if (match.Success)
            {
                Flush();
                heading = match.Groups["text"].Value;
            }
            text.Append(lines[i]).Append('\n');
        }
        Flush();
        return sections;

        void Flush()
        {
            var body = text.ToString().Trim();
            if (heading is not null || body.Length > 0)
            {
                sections.Add((slugs.Claim(heading is null ? NoteSlug.Top : NoteSlug.Of(heading)), body));
            }
            text.Clear();
        }
    }

    [GeneratedRegex(@"^ {0,3}#{1,6}(?:[ \t]+(?<text>.*?))?[ \t]*$")]
    private static partial Regex Heading();
}
