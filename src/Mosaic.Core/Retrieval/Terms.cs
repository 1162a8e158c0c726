using System.Text.RegularExpressions;

namespace Mosaic.Retrieval;

/// Words of a question or message as retrieval sees them: lower-cased, stop words dropped, ticket keys
/// (HBR-142) kept whole, and a light stem for comparing words across forms ("deploys" ~ "deployed").
public static partial class Terms
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "about", "above", "after", "again", "against", "all", "am", "an", "and", "any", "are", "as", "at", "be", "because",
        "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down",
        "during", "each", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself",
        "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my",
        "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out",
        "over", "own", "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them",
        "themselves", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "very",
        "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you",
        "your", "yours", "yourself", "yourselves", "s", "t", "don", "ll", "re", "ve", "d", "m", "o", "y", "im", "whats", "whos",
        "anyone", "anybody", "someone", "something", "anything", "know", "tell", "remind", "please", "hey", "hi", "thanks",
        "us", "let", "lets", "get", "got", "also", "still", "ever", "really", "actually", "currently", "mosaic",
        "say", "said", "says", "thing", "things", "one", "ones", "again", "yet", "already", "does", "doesnt", "isnt", "arent",
    };

    /// Content words and ticket keys of a text, in order of first appearance, without duplicates.
    public static IReadOnlyList<string> Of(string text)
    {
        var terms = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match match in Word().Matches(text))
        {
            var word = match.Value.ToLowerInvariant().Replace("'", "", StringComparison.Ordinal).Replace("’", "", StringComparison.Ordinal);
            if (word.Length == 0 || (StopWords.Contains(word) && !match.Value.Contains('-', StringComparison.Ordinal)))
            {
                continue;
            }

            if (seen.Add(word))
            {
                terms.Add(word);
            }
        }

        return terms;
    }

    /// The stems of a text's content words in order, repeats included. The same words as Of gives, stemmed; written
    /// for ranking, which does it for hundreds of messages per question, so known words cost no allocation.
    public static List<string> StemsOf(string text)
    {
        var stems = new List<string>();
        Span<char> buffer = stackalloc char[64];
        var stopWords = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var match in Word().EnumerateMatches(text))
        {
            var raw = text.AsSpan(match.Index, match.Length);
            if (raw.Length > buffer.Length)
            {
                stems.AddRange(Of(raw.ToString()).Select(Stem));
                continue;
            }

            var length = 0;
            foreach (var c in raw)
            {
                if (c is not ('\'' or '’'))
                {
                    buffer[length++] = char.ToLowerInvariant(c);
                }
            }

            var word = buffer[..length];
            if (length == 0 || (stopWords.Contains(word) && !raw.Contains('-')))
            {
                continue;
            }

            stems.Add(StemCache.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var known) ? known : Stem(word.ToString()));
        }

        return stems;
    }

    /// The stem the full-text index would give the word (Porter's), so comparing stems agrees with what the index
    /// matched. Ticket keys and words with digits stay as they are.
    public static string Stem(string word)
    {
        if (word.Contains('-', StringComparison.Ordinal) || word.Any(char.IsAsciiDigit))
        {
            return StemCache[word] = word;
        }

        // Words repeat (that is what makes them words); ranking stems the same ones over and over.
        if (StemCache.TryGetValue(word, out var stem))
        {
            return stem;
        }

        if (StemCache.Count > 100_000)
        {
            StemCache.Clear();
        }

        return StemCache[word] = PorterStemmer.Stem(word);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> StemCache = new(StringComparer.Ordinal);

    /// The stems of a text's content words, for overlap comparisons.
    public static HashSet<string> Stems(string text) => Of(text).Select(Stem).ToHashSet(StringComparer.Ordinal);

    // Letters and digits, with inner apostrophes (don't) and hyphens (HBR-142, follow-up) kept inside the word.
    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*")]
    private static partial Regex Word();
}
