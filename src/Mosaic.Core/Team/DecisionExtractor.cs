using System.Text.RegularExpressions;
using Mosaic.Domain;

namespace Mosaic.Team;

/// Decisions, by rule: a sentence that says something was decided, agreed or chosen ("Decision: we go with Stripe",
/// "let's use Phosphor", "we're switching from Stripe to Adyen"), unless it is a question or says it was not decided.
/// The subject comes from how the message names it ("as the payment provider", "on the icon library:"); a decision
/// that names the choice it replaces ("from Stripe to Adyen", "reversing the date-fns decision") carries that, so the
/// pipeline can file it under the earlier decision's subject.
public sealed partial class DecisionExtractor : IFactExtractor
{
    public string Name => "rules:decision";

    public IReadOnlyList<FactCandidate> Extract(ItemView item, FactContext context)
    {
        var facts = new List<FactCandidate>();
        if (item.Source == Store.BacklogRecord.Source)
        {
            // A ticket may quote a decision, but the decision is made where people talk; the ticket is not a second one.
            return facts;
        }

        var subject = SubjectIn(item.Text);
        var reversed = Reversing().Match(item.Text);
        foreach (var sentence in FactText.Sentences(item.Text))
        {
            if (IsQuestion(sentence) || Negated().IsMatch(sentence))
            {
                continue;
            }

            var switched = Switch().Match(sentence);
            if (!switched.Success && Moved().Match(sentence) is { Success: true } moved)
            {
                // "the release date moves from November 6 to November 20" names its own subject.
                switched = moved;
                subject = Topic(moved.Groups["subject"].Value);
            }
            else if (Settled().Match(sentence) is { Success: true } settled)
            {
                subject = Topic(settled.Groups["subject"].Value);
            }

            var (choice, confidence) = switched.Success
                ? (switched.Groups["choice"].Value, 0.9)
                : Choice(sentence);
            if (sentence.Contains("decision", StringComparison.OrdinalIgnoreCase))
            {
                confidence = Math.Max(confidence, 0.95);
            }
            if (choice is null)
            {
                continue;
            }

            choice = Tidy(choice);
            if (choice.Length < 2 || choice.Length > 80 || !choice.Any(char.IsLetter) || NotAChoice().IsMatch(choice))
            {
                continue;
            }

            var replaces = switched.Success ? Tidy(switched.Groups["old"].Value) : reversed.Success ? Tidy(reversed.Groups["old"].Value) : null;
            if (replaces is not null && subject is not null && switched.Groups["subject"].Success)
            {
                // The subject is named, so the earlier choice is found by it; naming the old value again is not needed.
                replaces = null;
            }

            facts.Add(new FactCandidate(FactKind.Decision, subject ?? choice, choice, confidence) { Replaces = replaces });
            break;
        }

        return facts;
    }

    private static (string? Choice, double Confidence) Choice(string sentence)
    {
        foreach (var (pattern, confidence) in Triggers)
        {
            var m = pattern.Match(sentence);
            if (m.Success)
            {
                return (m.Groups["choice"].Value, confidence);
            }
        }

        return (null, 0);
    }

    private static readonly (Regex Pattern, double Confidence)[] Triggers =
    [
        (Decided(), 0.9),
        (Agreed(), 0.9),
        (GoWith(), 0.8),
        (IsNow(), 0.8),
        (DecisionGoWith(), 0.9),
        (Settled(), 0.75),
        (ItIs(), 0.75),
        (DecidedTo(), 0.7),
    ];

    private static string? SubjectIn(string text)
    {
        foreach (var pattern in new[] { OnThe(), AsThe(), TheXIsNow(), ForX(), ForTopic() })
        {
            var m = pattern.Match(text);
            if (m.Success)
            {
                return Topic(m.Groups["subject"].Value);
            }
        }

        return null;
    }

    /// A subject's words without an article or a leading version ("the 2.0 release date" is the release date), so
    /// two messages naming it differently file under one subject.
    private static string Topic(string words) => LeadingVersion().Replace(Article().Replace(Tidy(words), ""), "");

    private static bool IsQuestion(string sentence) => sentence.TrimEnd().EndsWith('?') || AskingWhether().IsMatch(sentence);

    private static string Tidy(string text) => text.Trim().Trim('*', '_', '"', '“', '”', '\'', ' ').TrimEnd('.', '!', ',', ';', ':');

    /// A choice's words: a dot only inside a name ("2.0", "St. Aurelia"), never one that ends a sentence.
    private const string Phrase = @"(?:\b(?:St|Dr|Mr|Mrs|Ms|Prof)\.\s|[^,;:!?.]|\.(?=\S))+?";

    /// Where a choice's name ends: before a reason, a scope or a clause.
    private const string ChoiceEnd = @"(?=\s+(?:for|as|in|because|since|so|instead|from|on|which|and|but|after|again|too|then|now|this|next|by|until)\b|[,;:!?()]|\.(?!\S)|$)";

    [GeneratedRegex(@"^(?:it|that|this|them|those|these|one|something|anything|whatever|up)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotAChoice();

    [GeneratedRegex(@"^(?:the|our|a|an)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Article();

    [GeneratedRegex(@"\b(?:not|never|no|n't)\b[^.!?]{0,30}\b(?:decid|agree|settl|go(?:ing)? with|chos)|\bundecided\b|\bnothing (?:is |was )?(?:decided|settled)|\bstill (?:open|undecided)", RegexOptions.IgnoreCase)]
    private static partial Regex Negated();

    [GeneratedRegex(@"^\s*(?:should|shall|can|could|do|did|are|is|will|would)\s+we\b|\b(?:whether|if)\s+we\s+(?:should|go|use)", RegexOptions.IgnoreCase)]
    private static partial Regex AskingWhether();

    [GeneratedRegex(@"^\W*(?:decision|decided)\b[^:]{0,40}:\s*(?:we(?:'ll| will| are|'re)?\s+(?:go(?:ing)?\s+with|use|pick|choose|stick\s+with)\s+)?(?<choice>" + Phrase + ")" + ChoiceEnd, RegexOptions.IgnoreCase)]
    private static partial Regex DecisionGoWith();

    [GeneratedRegex(@"\b(?:we(?:'ve| have)?\s+)?decided\s+(?:to\s+(?:go\s+with|use|pick|adopt|keep)\s+|on\s+)(?<choice>" + Phrase + ")" + ChoiceEnd, RegexOptions.IgnoreCase)]
    private static partial Regex Decided();

    [GeneratedRegex(@"\b(?:agreed|settled|final call)\s*(?::|on|to\s+(?:use|go\s+with))\s*(?<choice>" + Phrase + ")" + ChoiceEnd, RegexOptions.IgnoreCase)]
    private static partial Regex Agreed();

    /// Saying what the team will do, not what it does: "we use the CLI" describes a habit, "we'll use Luxon" decides.
    [GeneratedRegex(@"\b(?:let'?s\s+(?:go\s+with|use|stick\s+with)|we(?:'ll| will)\s+(?:go\s+with|use|stick\s+with)|we(?:'re| are)\s+going\s+with|we\s+go\s+with)\s+(?<choice>" + Phrase + ")" + ChoiceEnd, RegexOptions.IgnoreCase)]
    private static partial Regex GoWith();

    /// "Release date for Harbor 2.0: Thursday November 6", "Minimum versions for 2.0: iOS 16": a value set for a named
    /// date, deadline or version.
    [GeneratedRegex(@"^\W*(?<subject>(?:release|launch|go-live|target|due|start|end|minimum|maximum|min|max|supported)\s+(?:[\w-]+\s+)?(?:date|deadline|versions?))(?:\s+for\s+[^:]{1,40})?:\s*(?<choice>" + Phrase + ")" + ChoiceEnd, RegexOptions.IgnoreCase)]
    private static partial Regex Settled();

    /// "the 2.0 release date moves from November 6 to Thursday November 20".
    [GeneratedRegex(@"(?:\bthe\s+|^\W*)(?<subject>[\w.-]+(?:\s+[\w.-]+){0,3}?)\s+(?:moves|moved|is\s+moving|has\s+moved|changes|changed|has\s+changed)\s+from\s+(?<old>" + Phrase + @")\s+to\s+(?<choice>" + Phrase + ")" + ChoiceEnd, RegexOptions.IgnoreCase)]
    private static partial Regex Moved();

    /// "Lisbon it is."
    [GeneratedRegex(@"^\W*(?<choice>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})\s+it\s+is\s*[.!]*\s*$")]
    private static partial Regex ItIs();

    /// "I've decided to stay where I am": a decision about what to do rather than which option to take.
    [GeneratedRegex(@"\b(?:I|we)(?:'ve|’ve| have)?\s+decided\s+to\s+(?<choice>" + Phrase + ")" + ChoiceEnd, RegexOptions.IgnoreCase)]
    private static partial Regex DecidedTo();

    /// "For icons in 2.0 let's use Phosphor".
    [GeneratedRegex(@"^\W*for\s+(?<subject>[a-z][a-z0-9 -]{2,40}?)(?:\s+in\s+[\w.]+)?\s*,?\s+(?:let'?s|we'?ll|we\s+will)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ForTopic();

    [GeneratedRegex(@"^[\d.]+\s+")]
    private static partial Regex LeadingVersion();

    [GeneratedRegex(@"\b(?:is|are)\s+now\s+(?<choice>" + Phrase + ")" + ChoiceEnd, RegexOptions.IgnoreCase)]
    private static partial Regex IsNow();

    [GeneratedRegex(@"\bswitch(?:ing|ed)?\s+(?:back\s+)?from\s+(?<old>" + Phrase + @")\s+to\s+(?<choice>" + Phrase + ")" + ChoiceEnd, RegexOptions.IgnoreCase)]
    private static partial Regex Switch();

    [GeneratedRegex(@"\brevers(?:ing|e|ed)\s+the\s+(?<old>[\w.+-]+)\s+decision", RegexOptions.IgnoreCase)]
    private static partial Regex Reversing();

    [GeneratedRegex(@"\bon\s+the\s+(?<subject>[a-z][a-z0-9 -]{2,40}?)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex OnThe();

    [GeneratedRegex(@"\bas\s+(?:the|our)\s+(?<subject>[a-z][a-z0-9 -]{2,40}?)(?=\s+(?:for|in|next|this|from|until|after|by|on|at|starting|once|because)\b|[,.;:!?]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex AsThe();

    [GeneratedRegex(@"\bthe\s+(?:[\w -]+?'s\s+)?(?<subject>[a-z][a-z0-9 -]{2,40}?)\s+(?:is|are)\s+now\b", RegexOptions.IgnoreCase)]
    private static partial Regex TheXIsNow();

    [GeneratedRegex(@"\b(?:use|with)\s+[^,.;:!?]+?\s+for\s+(?<subject>[a-z][a-z0-9 -]{2,40}?)(?=\s+(?:in|on)\b|[,.;:!?]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex ForX();
}
