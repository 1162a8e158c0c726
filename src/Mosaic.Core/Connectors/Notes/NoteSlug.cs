using System.Text;

namespace Mosaic.Connectors.Notes;

/// The anchor of a note section in its NativeId and Ref ("path#slug"). Links and stored ids depend on this
/// rule, so it never changes: lower-case the heading; keep letters and digits of any script; each run of
/// anything else becomes one "-"; no "-" at either end; nothing left gives "section". The text before the
/// first heading is "top".
public static class NoteSlug
{
    public const string Top = "top";

    public const string Empty = "section";

    public static string Of(string heading)
    {
        var slug = new StringBuilder(heading.Length);
        var gap = false;
        foreach (var rune in heading.ToLowerInvariant().EnumerateRunes())
        {
            if (!Rune.IsLetterOrDigit(rune))
            {
                gap = true;
                continue;
            }

            if (gap && slug.Length > 0)
            {
                slug.Append('-');
            }

            gap = false;
            slug.Append(rune.ToString());
        }

        return slug.Length == 0 ? Empty : slug.ToString();
    }
}
