using System.Text.RegularExpressions;

namespace Mosaic.Team;

/// What the rule extractors share about reading chat text: where sentences end, and how a phrase taken from one is
/// tidied into a fact's words.
internal static partial class FactText
{
    public static IEnumerable<string> Sentences(string text) => SentenceEnd().Split(text).Where(s => s.Trim().Length > 0);

    public static bool IsQuestion(string sentence) => sentence.TrimEnd().EndsWith('?');

    public static string Tidy(string text) => text.Trim().Trim('*', '_', '"', '“', '”', '\'', '‘', '’', '`', ' ').TrimEnd('.', '!', ',', ';', ':');

    /// A dot after an abbreviation ("St.", "e.g.") or inside a name or version ("2.0") ends no sentence.
    [GeneratedRegex(@"(?<=[.!?])(?<!\b(?:St|Dr|Mr|Mrs|Ms|Prof|vs|etc|e\.g|i\.e)\.)\s+|\n+")]
    private static partial Regex SentenceEnd();
}
