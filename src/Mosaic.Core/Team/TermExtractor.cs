using System.Text.RegularExpressions;
using Mosaic.Domain;

namespace Mosaic.Team;

/// Vocabulary, by rule: a sentence that defines a team word ("'the lighthouse' = the manager dashboard", "a 'swap
/// storm' is when …", "'the furnace' is what we call …", "SLO stands for …"). The subject is the term as written, the
/// value the definition in the message's words; a later definition of the same term is its next version.
/// Only definitions are learned: a term nobody defined is not guessed from how often it is used, because the
/// capitalised and quoted phrases of ordinary chat (feature names, titles, quotes) would drown the real ones.
public sealed partial class TermExtractor : IFactExtractor
{
    public string Name => "rules:term";

    public IReadOnlyList<FactCandidate> Extract(ItemView item, FactContext context)
    {
        var facts = new List<FactCandidate>();
        if (item.Source == Store.BacklogRecord.Source)
        {
            // Tickets quote the team's words, they do not define them.
            return facts;
        }

        foreach (var sentence in FactText.Sentences(item.Text))
        {
            if (FactText.IsQuestion(sentence) || Definition(sentence) is not { } fact || facts.Exists(f => f.Key == fact.Key))
            {
                continue;
            }

            facts.Add(fact);
        }

        return facts;
    }

    private static FactCandidate? Definition(string sentence)
    {
        foreach (var (pattern, confidence) in Patterns)
        {
            var m = pattern.Match(sentence);
            if (!m.Success)
            {
                continue;
            }

            // "I don't know what 'code yellow' means: …" or "X no longer means …" define nothing.
            var value = m.Groups["value"];
            if (Negated().IsMatch(sentence[..value.Index]))
            {
                return null;
            }

            var term = FactText.Tidy(m.Groups["term"].Value);
            var definition = FactText.Tidy(value.Value);
            if (NotATerm().IsMatch(term) || !Words().IsMatch(definition) || definition.Length > 240)
            {
                continue;
            }

            return new FactCandidate(FactKind.Term, term, definition, confidence);
        }

        return null;
    }

    private static readonly (Regex Pattern, double Confidence)[] Patterns =
    [
        (QuotedIsWhatWeCall(), 0.95),
        (WeCallQuoted(), 0.9),
        (QuotedMeans(), 0.9),
        (QuotedIsWhen(), 0.85),
        (QuotedIsA(), 0.75),
        (ByXWeMean(), 0.85),
        (EqualsDefinition(), 0.8),
        (AcronymMeans(), 0.8),
    ];

    /// A term in quotes: the quotes mark it as the team's word, which is what keeps "that means …" out.
    private const string Quoted = @"(?<![\w'’])['‘""“](?<term>[A-Za-z][A-Za-z0-9&/ -]{0,40}?)['’""”](?![\w'])";

    /// Where a definition may start: after "means", "=", a colon, with the punctuation left out.
    private const string Value = @"\s*:?\s*(?<value>[\p{L}\p{N}(].*)";

    [GeneratedRegex(@"^(?:it|that|this|these|those|which|what|he|she|they|we|you|i|ok|okay|us|it's)$", RegexOptions.IgnoreCase)]
    private static partial Regex NotATerm();

    /// Two words or more, one of them a real word: "30s" or "y + 1" is a setting, not a definition.
    [GeneratedRegex(@"\p{L}{2,}\W+\S*\p{L}")]
    private static partial Regex Words();

    [GeneratedRegex(@"\b(?:not|never|no\s+longer|nobody)\b|n't\b|\bno\s+idea\b", RegexOptions.IgnoreCase)]
    private static partial Regex Negated();

    [GeneratedRegex(Quoted + @"\s+is\s+(?:what|how)\s+we\s+(?:call|refer\s+to)" + Value, RegexOptions.IgnoreCase)]
    private static partial Regex QuotedIsWhatWeCall();

    [GeneratedRegex(@"\bwe\s+(?:call|named?)\s+(?<value>[^'‘""“]{3,80}?)\s+" + Quoted, RegexOptions.IgnoreCase)]
    private static partial Regex WeCallQuoted();

    [GeneratedRegex(Quoted + @"\s+(?:means|stands\s+for|refers\s+to|is\s+short\s+for|is\s+our\s+(?:name|word)\s+for)" + Value, RegexOptions.IgnoreCase)]
    private static partial Regex QuotedMeans();

    /// Only at the start of a sentence or after a heading's colon, and only into a description: "'the furnace' is red
    /// again" is talk about the thing, not what the word means.
    private const string QuotedSubject = @"(?:^|[:;]\s*)\W*(?:(?:a|an|the)\s+)?" + Quoted + @"\s+(?:is|are)\s+";

    [GeneratedRegex(QuotedSubject + @"(?<value>(?:when|where|whenever)\b.*)", RegexOptions.IgnoreCase)]
    private static partial Regex QuotedIsWhen();

    /// "'paper cut Friday' is the last Friday of each sprint" defines, but so would a scare-quoted "'done' is a strong
    /// word": less sure than "is when".
    [GeneratedRegex(QuotedSubject + @"(?<value>(?:the|a|an|our)\b.*)", RegexOptions.IgnoreCase)]
    private static partial Regex QuotedIsA();

    [GeneratedRegex(@"\b(?:by|when\s+we\s+say)\s+(?:" + Quoted + @"|(?<term>[A-Za-z][\w -]{1,30}?))\s*,?\s+we\s+mean" + Value, RegexOptions.IgnoreCase)]
    private static partial Regex ByXWeMean();

    /// "X = …" only where a sentence or a heading's colon starts it, and only into words: "x = y + 1" and
    /// "timeout = 30s" are code and settings.
    [GeneratedRegex(@"(?:^|:\s+)\W*(?:" + Quoted + @"|(?<term>[A-Za-z][\w-]+(?:\s+[\w-]+){0,3}))\s+=(?![=>])\s*(?<value>\p{L}{2,}.*)")]
    private static partial Regex EqualsDefinition();

    /// Unquoted, only an acronym ("SLO", "DoD") may mean something: "that means we need to …" is ordinary English.
    [GeneratedRegex(@"(?<![\w-])(?<term>[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*)\s+(?:means|stands\s+for|is\s+short\s+for)" + Value)]
    private static partial Regex AcronymMeans();
}
