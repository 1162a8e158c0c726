namespace Mosaic.Connectors.Notes;

/// Hands out the slugs of one file in document order: a slug met again gets "-2", "-3", …, skipping any
/// that another heading already took, so every section of the file keeps a distinct anchor.
internal sealed class SlugSet
{
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _next = new(StringComparer.Ordinal);

    public string Claim(string slug)
    {
        if (_taken.Add(slug))
        {
            return slug;
        }

        var n = _next.GetValueOrDefault(slug, 2);
        while (!_taken.Add($"{slug}-{n}"))
        {
            n++;
        }

        _next[slug] = n + 1;
        return $"{slug}-{n}";
    }
}
