using System.Globalization;
using System.Text;
using Ical.Net;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MimeKit;

namespace Mosaic.Tests.Sample;

/// Reads one owner's personal files with MimeKit, Ical.Net and Markdig rather than the generator's own code,
/// and names the items an importer makes from them, so ground-truth ids are checked against the files.
internal static class SamplePersonalFiles
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

    public static IReadOnlyList<MimeMessage> Mails(string mboxPath)
    {
        using var stream = File.OpenRead(mboxPath);
        var parser = new MimeParser(stream, MimeFormat.Mbox);
        var messages = new List<MimeMessage>();
        while (!parser.IsEndOfStream)
        {
            messages.Add(parser.ParseMessage());
        }
        return messages;
    }

    public static Ical.Net.Calendar Calendar(string icsPath) => Ical.Net.Calendar.Load(File.ReadAllText(icsPath))
        ?? throw new InvalidOperationException($"{icsPath} holds no calendar.");

    /// Each heading section of each note: its path relative to the notes folder, its slug and its text.
    public static IReadOnlyList<(string Path, string Slug, string Text)> NoteSections(string notesFolder)
    {
        var sections = new List<(string, string, string)>();
        foreach (var file in Directory.EnumerateFiles(notesFolder, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var path = Path.GetRelativePath(notesFolder, file).Replace(Path.DirectorySeparatorChar, '/');
            var markdown = File.ReadAllText(file);
            var document = Markdown.Parse(markdown, Pipeline);
            var headings = document.Descendants<HeadingBlock>().ToList();

            var bodyStart = document.OfType<YamlFrontMatterBlock>().Select(b => b.Span.End + 1).FirstOrDefault();
            var top = markdown[bodyStart..(headings.Count > 0 ? headings[0].Span.Start : markdown.Length)];
            if (!string.IsNullOrWhiteSpace(top))
            {
                sections.Add((path, "top", top.Trim()));
            }

            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < headings.Count; i++)
            {
                var title = string.Concat(headings[i].Inline!.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
                var slug = Slug(title);
                seen[slug] = seen.GetValueOrDefault(slug) + 1;
                var end = i + 1 < headings.Count ? headings[i + 1].Span.Start : markdown.Length;
                sections.Add((path, seen[slug] == 1 ? slug : $"{slug}-{seen[slug]}", markdown[headings[i].Span.Start..end].Trim()));
            }
        }
        return sections;
    }

    /// Every item id the owner's files give, with the text a reader sees in it.
    public static Dictionary<string, string> Items(string ownerId, string personalFolder)
    {
        var items = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var mail in Mails(Path.Combine(personalFolder, "mail.mbox")))
        {
            items.Add($"mail:{ownerId}/{mail.MessageId}", $"{mail.Subject}\n{mail.TextBody}\n{mail.HtmlBody}");
        }
        foreach (var e in Calendar(Path.Combine(personalFolder, "calendar.ics")).Events)
        {
            var text = $"{e.Summary}\n{e.Location}\n{e.Description}";
            if (e.RecurrenceRule is null)
            {
                items.Add($"calendar:{ownerId}/{e.Uid}", text);
                continue;
            }
            foreach (var occurrence in e.GetOccurrences())
            {
                var start = occurrence.Period.StartTime.AsUtc.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
                items.Add($"calendar:{ownerId}/{e.Uid}/{start}", text);
            }
        }
        foreach (var (path, slug, text) in NoteSections(Path.Combine(personalFolder, "notes")))
        {
            items.Add($"notes:{ownerId}/{path}#{slug}", text);
        }
        return items;
    }

    /// The slug rule, written out again here so a generator bug cannot hide behind shared code.
    private static string Slug(string heading)
    {
        var slug = new StringBuilder();
        var pendingDash = false;
        foreach (var c in heading.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingDash && slug.Length > 0)
                {
                    slug.Append('-');
                }
                slug.Append(c);
                pendingDash = false;
            }
            else
            {
                pendingDash = true;
            }
        }
        return slug.Length == 0 ? "section" : slug.ToString();
    }
}
