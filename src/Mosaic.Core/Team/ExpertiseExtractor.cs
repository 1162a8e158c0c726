using System.Text.RegularExpressions;
using Mosaic.Domain;
using Mosaic.Retrieval;

namespace Mosaic.Team;

/// Expertise, by rule: who answers questions about what, learned from thread replies. A reply counts when someone
/// other than the root's author answers a root that asks to know something ("why does the payments service retry 5
/// times?", "where do we keep the fixtures?") and says something: not "+1", "me too", "no idea", a question back, a
/// pointer to someone else ("Priya would know"), a bare link or an emoji. A request ("could you review my PR?"), a
/// social question or a poll ("anyone up for lunch?", "weekend plans?"), a call for opinions ("thoughts?") and a
/// question about who ("who took my mug?") ask nothing to know, so their replies teach nothing.
/// A later reply must share a word with the root to count (the first one by someone else is taken as the answer
/// whatever its words), so feedback that follows an answer ("tap targets look small") is not taken for one.
/// The subject is the question's topic (its content words, at most five: "postgres connection pool"), the person the
/// one who answered, the value a short quote of the answer. Confidence rises when the answer is long, when the
/// root's author thanks for it next, or when it drew reactions, and falls when it hedges ("probably …").
/// Expertise facts are evidence (FactKinds.IsEvidence): every answer stands beside the others, and ExpertFinder
/// weighs them together.
public sealed partial class ExpertiseExtractor : IFactExtractor
{
    private const int MaxTopicWords = 5;

    private const int MinAnswerWords = 5;

    private const int LongAnswerWords = 20;

    private const int QuoteLength = 160;

    public string Name => "rules:expertise";

    public IReadOnlyList<FactCandidate> Extract(ItemView item, FactContext context)
    {
        if (item.Source == Store.BacklogRecord.Source || item.IsThreadRoot || item.ThreadRef is null || item.AuthorId is not { } replier
            || context.ById(replier) is { IsBot: true } || context.RootOf(item) is not { AuthorId: { } asker } root || asker == replier
            || Topic(root.Text) is not { } topic || Answer(item.Text) is not { } answer
            || (!FirstAnswer(item, asker, context) && !Stems(answer).Overlaps(Stems(root.Text))))
        {
            return [];
        }

        var confidence = 0.6;
        confidence += Words().Count(answer) >= LongAnswerWords ? 0.15 : 0;
        confidence += Thanked(item, asker, context) ? 0.2 : 0;
        confidence += item.ReactionCount > 0 ? 0.05 : 0;
        confidence -= Hedge().IsMatch(answer) ? 0.15 : 0;
        return [new FactCandidate(FactKind.Expertise, topic, Quote(answer), Math.Round(Math.Min(confidence, 0.95), 2)) { PersonId = replier }];
    }

    /// What a root asks about: the content words of its questions, when the first asks to know something, with words
    /// from the root's other sentences when the questions alone are thin ("The furnace took 3h last night. Anyone
    /// know why?"); null when it asks nothing to know. A short heading ("Quick question:") is not the topic.
    internal static string? Topic(string text)
    {
        var sentences = FactText.Sentences(Clean(text)).Select(s => Heading().Replace(s.Trim(), "")).ToList();
        var questions = sentences.Where(FactText.IsQuestion).ToList();
        if (questions.Count == 0 || !AsksToKnow(questions[0]))
        {
            return null;
        }

        var words = new List<(string Word, string Stem)>();
        foreach (var sentence in questions.Concat(sentences.Where(s => !FactText.IsQuestion(s))))
        {
            if (words.Count >= 2 && !FactText.IsQuestion(sentence))
            {
                break;
            }

            words.AddRange(TopicWords(sentence).Where(w => !words.Exists(known => known.Stem == w.Stem)));
        }

        return words.Count == 0 ? null : string.Join(' ', words.Take(MaxTopicWords).Select(w => w.Word));
    }

    private static bool AsksToKnow(string question) =>
        !Request().IsMatch(question) && !Social().IsMatch(question) && !Opinion().IsMatch(question) && !AboutWho().IsMatch(question);

    /// The reply as an answer (links and emoji codes left out), or null when it says nothing a question could learn.
    internal static string? Answer(string text)
    {
        var clean = Whitespace().Replace(Clean(text), " ").Trim();
        var sentences = FactText.Sentences(clean).Select(s => s.Trim()).Where(s => Words().IsMatch(s)).ToList();
        if (sentences.Count == 0 || FactText.IsQuestion(sentences[0])
            || NotAnAnswer().IsMatch(clean) || MeToo().IsMatch(clean) || Deflects().IsMatch(clean))
        {
            return null;
        }

        // "Yes, it's idempotent" says what is; "I'd say yes" alone says nothing.
        var said = Assent().Replace(string.Join(' ', sentences.Where(s => !FactText.IsQuestion(s))), "");
        return Words().Count(said) >= MinAnswerWords && TopicWords(said).Count() >= 2 ? clean : null;
    }

    /// Whether the reply is the first in its thread by anyone but the one who asked.
    private static bool FirstAnswer(ItemView reply, long asker, FactContext context) =>
        context.ThreadOf(reply).FirstOrDefault(i => !i.IsThreadRoot && i.AuthorId != asker)?.RowId == reply.RowId;

    private static HashSet<string> Stems(string text) => [.. TopicWords(Clean(text)).Select(w => w.Stem)];

    /// Whether the root's author next spoke to thank, with nobody else answering in between.
    private static bool Thanked(ItemView answer, long asker, FactContext context)
    {
        var after = context.ThreadOf(answer).SkipWhile(i => i.RowId != answer.RowId).Skip(1).ToList();
        var next = after.FindIndex(i => i.AuthorId == asker);
        return next >= 0 && Thanks().IsMatch(after[next].Text) && !after.Take(next).Any(i => i.AuthorId != answer.AuthorId);
    }

    /// Content words that can name a topic, with their stems: not stop words, not the words every question uses
    /// ("remember", "work", "usually"), not numbers, times or ticket keys; one word per stem.
    private static IEnumerable<(string Word, string Stem)> TopicWords(string text) =>
        Terms.Of(Possessive().Replace(text, ""))
            .Where(w => w.Length > 1 && !Generic.Contains(w) && !w.Any(char.IsDigit) && !w.Contains('/'))
            .Select(w => (Word: w, Stem: Terms.StemsOf(w).FirstOrDefault() ?? w))
            .DistinctBy(w => w.Stem);

    private static string Clean(string text) => EmojiCode().Replace(Link().Replace(Address().Replace(text, ""), ""), "");

    private static string Quote(string answer) =>
        answer.Length <= QuoteLength ? answer : answer[..(answer.LastIndexOf(' ', QuoteLength) is > 40 and var space ? space : QuoteLength)].TrimEnd(',', ';', ':') + " …";

    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "question", "questions", "quick", "remember", "wonder", "wondering", "curious", "idea", "ideas", "explain", "else", "everyone",
        "somebody", "need", "needs", "needed", "want", "wants", "way", "ways", "best", "right", "wrong", "good", "bad", "sure", "okay", "ok",
        "yes", "maybe", "probably", "think", "use", "used", "using", "uses", "work", "works", "working", "worked", "make", "makes", "made",
        "go", "goes", "going", "gone", "see", "seeing", "seen", "look", "looks", "looking", "find", "found", "keep", "kept", "try", "trying",
        "tried", "take", "takes", "took", "taken", "give", "gives", "gave", "giving", "put", "come", "comes", "came", "happen", "happens",
        "happened", "handle", "handling", "handled", "seem", "seems", "feel", "feels", "done", "doing", "today", "yesterday", "tomorrow",
        "morning", "afternoon", "evening", "night", "tonight", "week", "weeks", "day", "days", "month", "months", "year", "years", "minute",
        "minutes", "hour", "hours", "times", "last", "next", "first", "usually", "always", "never", "often", "sometimes", "lately",
        "recently", "long", "longer", "much", "many", "lot", "lots", "bit", "little", "new", "old", "anymore", "part", "kind", "stuff",
        "fine", "able", "possible", "folks", "guys", "asking", "ask", "help", "mean", "means", "around", "like", "back", "well", "even",
        "exactly", "ago", "since", "per", "via", "etc", "instead", "far", "enough", "real", "sorry", "yeah", "went", "call", "calls",
        "called", "run", "runs", "ran", "running", "set", "start", "started", "starts", "end", "ends", "show", "shows", "showing", "shown",
        "fail", "fails", "failing", "failed", "add", "adds", "adding", "added", "remove", "removing", "removed", "talk", "talks", "return",
        "returns", "returned", "get", "gets", "getting", "miss", "missing", "missed", "change", "changes", "changed", "update", "updated",
        "fresh", "early", "late", "later", "anyway", "hit", "arriving", "arrive", "arrives",
    };

    /// "@priya could you take a look at …", "could someone review?", "can I get a second approval?": asking for work.
    /// "can someone explain …" asks to know.
    [GeneratedRegex(@"\b(?:can|could|would|will)\s+(?:you|someone|somebody|anyone|anybody|I\s+get)\b(?!\s+(?:please\s+)?(?:explain|tell|clarify|remind|confirm|point|show\s+me))", RegexOptions.IgnoreCase)]
    private static partial Regex Request();

    [GeneratedRegex(@"\b(?:anyone|anybody|everyone|everybody|who)\s+(?:up\s+for|around|joining|coming|else\s+has|wants?)\b|\b(?:lunch|dinner|coffee|drinks|weekend|plans|listening|watching|backing|recommendations?|mug|fridge|party|birthday)\b|\bwhat(?:'s|’s|\s+is|\s+are)\s+(?:everyone|everybody)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Social();

    [GeneratedRegex(@"\b(?:thoughts|opinions?|feedback|preferences?|suggestions?|objections?|concerns|worth\s+(?:a|it|the)|what\s+do\s+(?:you|we|people|folks)\s+think|(?:do|does)\s+(?:anyone|everyone)\s+(?:agree|mind))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Opinion();

    [GeneratedRegex(@"(?:^|[:,;]\s*)(?:who|whose|whom)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AboutWho();

    /// Replies that answer nothing: not knowing, agreeing, thanking, acknowledging, promising to look, guessing ("could
    /// be the DST change again").
    [GeneratedRegex(@"^\W*(?:no\s+idea|not\s+sure|no\s+clue|dunno|(?:I\s+)?(?:don'?t|do\s+not)\s+know|I\s+have\s+no\s+idea|not\s+yet|haven'?t|nope\b|no\s+worries|\+1|same\b|me\s+too|good\s+(?:question|point|idea|catch)|thanks|thank\s+you|thx|ty\b|lgtm|looking\b|on\s+it\b|will\s+do|noted|adding|added|filed|filing|I'?ll\b|I\s+will\b|let'?s\b|agreed?\b|makes\s+sense|nice|great|cool|haha|lol|interesting|congrats|welcome|could\s+be|might\s+be|maybe|perhaps|possibly)", RegexOptions.IgnoreCase)]
    private static partial Regex NotAnAnswer();

    /// Seeing the problem too is not knowing its answer.
    [GeneratedRegex(@"\bme\s+too\b|\bsame\s+(?:here|for\s+me|question|issue|problem|failure|error|thing)\b|\b(?:too|as\s+well)\W*$|\bas\s+well\b|\breproduc(?:e|ed|es|ing|ible)\b|\bseeing\s+(?:it|this|that)\b|\bhad\s+the\s+same\b", RegexOptions.IgnoreCase)]
    private static partial Regex MeToo();

    /// Sending the question on: "Priya would know", "ask Dan", "flagging it for her morning".
    [GeneratedRegex(@"\b(?:would|might|should|will)\s+know\b|\bknows?\s+(?:more|better|best)\b|\b[Aa]sk\s+(?:@\w+|[A-Z]\w+)|\b[Pp]ing\s+(?:@\w+|[A-Z]\w+)|\b[Ff]lag(?:ging|ged)?\s+it\b|\bcc\s+@|\bbetter\s+person\b")]
    private static partial Regex Deflects();

    [GeneratedRegex(@"^\W*(?:(?:yes|yeah|yep|yup|no|ok|okay|sure|right|correct|exactly|indeed|I'?d\s+say\s+(?:yes|no)|I\s+think\s+so|I\s+agree|agreed|absolutely|definitely)\b[\s,.!:;—–-]*)+", RegexOptions.IgnoreCase)]
    private static partial Regex Assent();

    [GeneratedRegex(@"^\W*(?:probably|I\s+think|I\s+guess|I\s+believe)\b|\bI\s+bet\b", RegexOptions.IgnoreCase)]
    private static partial Regex Hedge();

    [GeneratedRegex(@"\b(?:thanks|thank\s+you|thx|ty|cheers|perfect|exactly\s+what\s+I\s+needed|that\s+explains|makes\s+sense|got\s+it|that\s+(?:helps|helped|worked|did\s+it|fixed\s+it)|works\s+now)\b|🙏|:pray:", RegexOptions.IgnoreCase)]
    private static partial Regex Thanks();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’_.-]*")]
    private static partial Regex Words();

    /// A link as stored ("the doc (https://…)") keeps its label; a bare one goes.
    [GeneratedRegex(@"\s*\(https?://[^)\s]*\)|https?://\S+")]
    private static partial Regex Link();

    [GeneratedRegex(@":[a-z0-9_+-]+:")]
    private static partial Regex EmojiCode();

    /// "@maya, …" at the start says who is spoken to, not what about.
    [GeneratedRegex(@"^\s*@[\w.-]+[\s,:]*")]
    private static partial Regex Address();

    /// "Quick question:", "Question for engineering:" before what is asked.
    [GeneratedRegex(@"^(?:[\w'’-]+\s+){0,2}[\w'’-]+:\s+(?=\S)")]
    private static partial Regex Heading();

    [GeneratedRegex(@"(?<=\w)['’]s\b")]
    private static partial Regex Possessive();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
