using System.Text.RegularExpressions;

namespace Mosaic.Retrieval;

/// Reads what kind of answer a question wants ("when" wants a time, "how many" a number, "who" a person …) and
/// recognises text that has that kind of answer in it. Retrieval and answering both use it.
public static partial class QuestionKinds
{
    /// The question word leads ("who picked up HBR-142" wants a person even though "picked" sounds like a
    /// decision); decision words count only when no question word decides it.
    public static QuestionKind Of(string question)
    {
        var q = question.Trim().ToLowerInvariant();
        if (DefinitionQuestion().IsMatch(q) || ShortWhatIs().IsMatch(q))
        {
            return QuestionKind.Definition;
        }

        if (IdentifierQuestion().IsMatch(q))
        {
            return QuestionKind.Identifier;
        }

        if (q.StartsWith("who", StringComparison.Ordinal) || q.Contains("whose", StringComparison.Ordinal) || q.Contains("owner", StringComparison.Ordinal))
        {
            return QuestionKind.Who;
        }

        if (q.StartsWith("when", StringComparison.Ordinal) || q.Contains("what time", StringComparison.Ordinal) || q.Contains("what date", StringComparison.Ordinal)
            || q.Contains("which day", StringComparison.Ordinal) || q.Contains("what year", StringComparison.Ordinal) || q.Contains("what month", StringComparison.Ordinal))
        {
            return QuestionKind.When;
        }

        if (QuantityQuestion().IsMatch(q))
        {
            return QuestionKind.Quantity;
        }

        if (q.StartsWith("where", StringComparison.Ordinal) || WhereQuestion().IsMatch(q))
        {
            return QuestionKind.Where;
        }

        if (NameQuestion().IsMatch(q))
        {
            return QuestionKind.Name;
        }

        return DecisionQuestion().IsMatch(q) ? QuestionKind.Decision : QuestionKind.Other;
    }

    /// Text that holds the kind of answer asked for: a time for "when", a number for "how many", an owner for "who".
    public static Regex Cue(QuestionKind kind) => kind switch
    {
        QuestionKind.Who => OwnerCue(),
        QuestionKind.When => TimeCue(),
        QuestionKind.Where => PlaceCue(),
        QuestionKind.Quantity => QuantityCue(),
        QuestionKind.Decision => DecisionCue(),
        QuestionKind.Definition => DefinitionCue(),
        QuestionKind.Identifier => IdentifierCue(),
        QuestionKind.Name => NameCue(),
        _ => Nothing(),
    };

    [GeneratedRegex(@"\bwhat\b.*\b(mean|means|stand for|stands for)\b|\bwhat('s| is| are)\s+(a|an|the)?\s*[""'“‘]|\bdefine\b|\bmeaning of\b")]
    private static partial Regex DefinitionQuestion();

    // "what is the furnace?", "what's a code yellow": a short what-is question asks for a definition.
    [GeneratedRegex(@"\bwhat(?:'s| is| are)\s+(?:a |an |the )?[\w\- ]{1,30}\??$")]
    private static partial Regex ShortWhatIs();

    [GeneratedRegex(@"\b(decid\w*|decision\w*|agree\w*|settle\w*|go(ing)? with|chose|choice|pick(ed)?|which\b.*\b(use|using|provider|library|tool|date)|current(ly)?|now)\b")]
    private static partial Regex DecisionQuestion();

    [GeneratedRegex(@"\bhow (many|much|often|long|old|far|big|tall)\b|\bwhat (number|percentage|amount)\b")]
    private static partial Regex QuantityQuestion();

    [GeneratedRegex(@"\b(which|what) (city|cities|country|countries|place|places|town|state|location|locations|restaurant|venue)\b")]
    private static partial Regex WhereQuestion();

    // Questions after something with a name: a person's, a title, a brand.
    [GeneratedRegex(@"\bnames?\b|\b(which|what)\s+(\w+\s+)?(book|books|movie|movies|film|films|show|shows|game|games|song|songs|band|bands|artist|artists|album|albums|author|authors|brand|brands|library|libraries|tool|tools|vendor|vendors|team|teams|company|companies|restaurant|restaurants)\b")]
    private static partial Regex NameQuestion();

    // A name: a capitalised word after the start of a sentence, or a quoted title.
    [GeneratedRegex(@"(?<=[a-z,]\s)\p{Lu}[\p{L}\d]+|[""“][^""”]{2,60}[""”]")]
    private static partial Regex NameCue();

    // Questions after an identifier: a ticket, a confirmation or booking number, a reference, a code.
    [GeneratedRegex(@"\b(ticket|issue number|jira|tracked (in|under)|confirmation|reference|booking|order number|tracking number|code)\b")]
    private static partial Regex IdentifierQuestion();

    [GeneratedRegex(@"\b(owns?|owner|ownership|is mine|it's mine|on point|responsible|in charge|assigned|point person|driving|taking (this|it|over)|i'll take|lead(s|ing)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OwnerCue();

    // Dates, weekdays, months, clock times, and the relative words people date things with.
    [GeneratedRegex(@"\b(\d{1,2}(:\d{2})?\s?(am|pm)|\d{4}-\d{2}-\d{2}|(19|20)\d{2}|\d{1,2}(st|nd|rd|th)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|jan\w*|feb\w*|march|apr\w*|june?|july?|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|yesterday|today|tomorrow|tonight|last (night|week|month|year|time)|next (week|month|year)|ago|recently|earlier|eod|noon)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TimeCue();

    // A place: a capitalised name after a place preposition or a travel verb.
    [GeneratedRegex(@"\b(in|at|to|from|near|visit(ed|ing)?|went to|trip to)\s+(the\s+)?\p{Lu}\p{Ll}+")]
    private static partial Regex PlaceCue();

    [GeneratedRegex(@"\b(\d+|once|twice|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand|few|couple|several)\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuantityCue();

    [GeneratedRegex(@"\b(decided|decision|agreed|going with|go with|we'll use|we will use|we're using|settled on|final(ly)?|switch\w*|moving to|instead|chose|choosing|picked|confirmed|officially|change of plan|from now on|going forward)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DecisionCue();

    [GeneratedRegex(@"\b(means|mean|stands for|is what we call|we call|refers to|is our (name|term|word)|aka|short for)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DefinitionCue();

    // An identifier: a ticket key (HBR-215), a booking code (LX-48213, PCB55812), a long number.
    [GeneratedRegex(@"\b[A-Z][A-Z0-9]{1,9}-?\d{2,}\b|\b\d{5,}\b")]
    private static partial Regex IdentifierCue();

    [GeneratedRegex("(?!)")]
    private static partial Regex Nothing();
}
