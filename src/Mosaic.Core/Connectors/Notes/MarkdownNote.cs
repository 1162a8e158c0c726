using System.Globalization;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Mosaic.Connectors.Notes;

/// Splits a Markdown note into sections at its top-level headings (any level), using Markdig's AST and its
/// plain-text rendering, and reads the date of its YAML front matter.
internal static partial class MarkdownNote
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

    public static (string? Title, IReadOnlyList<NoteSection> Sections, string? FrontMatter) Parse(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        var frontMatter = document.OfType<YamlFrontMatterBlock>().FirstOrDefault() is { } yaml
            ? markdown.Substring(yaml.Span.Start, yaml.Span.Length)
            : null;

        var slugs = new SlugSet();

        var sections = new List<NoteSection>();
        string? title = null;
        HeadingBlock? heading = null;
        var blocks = new List<Block>();

        void Close()
        {
            var text = Render(blocks);
            if (heading is null)
            {
                if (text.Length > 0)
                {
                    sections.Add(new NoteSection(slugs.Claim(NoteSlug.Top), null, text));
                }
            }
            else
            {
                var name = Render([heading]);
                sections.Add(new NoteSection(slugs.Claim(NoteSlug.Of(name)), name, text.Length == 0 ? name : $"{name}\n{text}"));
            }

            blocks.Clear();
        }

        foreach (var block in document)
        {
            switch (block)
            {
                case YamlFrontMatterBlock:
                    continue;
                case HeadingBlock h:
                    Close();
                    heading = h;
                    if (title is null && h.Level == 1)
                    {
                        title = Render([h]);
                    }

                    break;
                default:
                    blocks.Add(block);
                    break;
            }
        }

        Close();
        return (string.IsNullOrEmpty(title) ? null : title, sections, frontMatter);
    }

    /// The front matter's `date:` line, if it has one: its line in the file (front matter opens the file) and
    /// the day it names at midnight UTC, or null when it names no YYYY-MM-DD day.
    public static (int Line, DateTimeOffset? Date)? FrontMatterDate(string frontMatter)
    {
        if (DateLine().Match(frontMatter) is not { Success: true } m)
        {
            return null;
        }

        var line = frontMatter.AsSpan(0, m.Index).Count('\n') + 1;
        var value = m.Groups[1].Value.Trim().Trim('"', '\'');
        return value.Length >= 10 && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? (line, new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero))
            : (line, null);
    }

    // Markdown.ToPlainText is an HtmlRenderer with all HTML switched off; the same renderer is used here so
    // that a section can be rendered block by block while link references still resolve against the whole file.
    private static string Render(IEnumerable<Block> blocks)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var renderer = new HtmlRenderer(writer) { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false };
        Pipeline.Setup(renderer);
        var first = true;
        foreach (var block in blocks)
        {
            if (!first)
            {
                writer.Write('\n');
            }

            renderer.Render(block);
            first = false;
        }

        writer.Flush();
        return ExtraBlankLines().Replace(writer.ToString().ReplaceLineEndings("\n"), "\n\n").Trim();
    }

    // Blocks that render to nothing (link reference definitions, raw HTML) would leave runs of blank lines.
    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex ExtraBlankLines();

    [GeneratedRegex(@"^date:(.*)$", RegexOptions.Multiline)]
    private static partial Regex DateLine();
}
