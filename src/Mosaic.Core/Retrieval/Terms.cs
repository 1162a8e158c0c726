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
        Span<char> buffer = stackalloc char[64];
        foreach (var match in Word().EnumerateMatches(text))
        {
            var raw = text.AsSpan(match.Index, match.Length);
            var word = ContentWord(raw, raw.Length <= buffer.Length ? buffer : new char[raw.Length]);
            if (!word.IsEmpty && !seen.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            {
                var added = word.ToString();
                seen.Add(added);
                terms.Add(added);
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
        foreach (var match in Word().EnumerateMatches(text))
        {
            var raw = text.AsSpan(match.Index, match.Length);
            var word = ContentWord(raw, raw.Length <= buffer.Length ? buffer : new char[raw.Length]);
            if (!word.IsEmpty)
            {
                stems.Add(StemCache.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var known) ? known : Stem(word.ToString()));
            }
        }

        return stems;
    }

    /// A matched word lower-cased into the buffer without its apostrophes; empty when it is a stop word (a
    /// hyphenated one, like a ticket key, never is).
    private static ReadOnlySpan<char> ContentWord(ReadOnlySpan<char> raw, Span<char> buffer)
    {
        var length = 0;
        foreach (var c in raw)
        {
            if (c is not ('\'' or '’'))
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        var word = buffer[..length];
        return StopWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) && !raw.Contains('-') ? [] : word;
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
    public static HashSet<string> Stems(string text) => StemsOf(text).ToHashSet(StringComparer.Ordinal);

    // Letters and digits, with inner apostrophes (don't) and hyphens (HBR-142, follow-up) kept inside the word.
    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*")]
    private static partial Regex Word();
}
