using System.Globalization;
using System.Text.RegularExpressions;
using Mosaic.Domain;
using Mosaic.Retrieval;

namespace Mosaic.Answering;

/// The offline answerer: no model, nothing leaves the machine. It scores every message in the evidence
/// (hits and their thread context) by the question's words and by cues that fit the kind of question
/// (an owner for "who", a date for "when", a decision for "what did we decide", a definition for "what does X
/// mean"), then quotes the best sentences with their author, place and date. When decisions changed, the
/// latest comes first and the earlier ones are marked as such.
public sealed partial class ExtractiveAnswerer : IAnswerer
{
    private const int MaxCitations = 3;
    private const int MaxQuote = 280;

    public Task<Answer> AnswerAsync(Question question, RetrievalResult evidence, CancellationToken ct = default)
    {
        var intent = QuestionKinds.Of(question.Text);
        var wanted = evidence.Query.Terms.Select(Terms.Stem).Distinct(StringComparer.Ordinal).ToList();
        var candidates = Score(evidence, intent, wanted);
        if (candidates.Count == 0 && Filtered(evidence.Query) && evidence.Hits.Count > 0)
        {
            // "What happened in #incidents last week?": no message says "happened", so the most discussed ones
            // of that place and time stand in for an answer.
            candidates = evidence.Hits
                .Select(h => h.Item)
                .OrderByDescending(i => i.ReplyCount + i.ReactionCount)
                .ThenByDescending(i => i.Timestamp)
                .Select(i => new Candidate(i, 0, false, 0, []))
                .ToList();
        }

        if (candidates.Count == 0)
        {
            var where = question.Audience == "you" ? "you can see" : $"everyone in {question.Audience} can see";
            return Task.FromResult(new Answer($"I found nothing about that in what {where}.", []));
        }

        var chosen = Choose(candidates, intent);
        var dated = intent == QuestionKind.Decision && chosen.Count >= 2 && chosen[0].Decides && chosen.Skip(1).All(c => c.Item.Timestamp < chosen[0].Item.Timestamp);
        var lines = new List<string>();
        var citations = new List<Citation>();
        for (var i = 0; i < chosen.Count; i++)
        {
            var item = chosen[i].Item;
            var n = i + 1;
            citations.Add(new Citation(n, item));
            var label = dated ? (i == 0 ? "Latest: " : "Earlier: ") : i == 0 ? "" : "Also: ";
            lines.Add($"{label}{Attribution(item)}: “{Quote(item.Text, item.Title, wanted)}” [{n}]");
        }

        return Task.FromResult(new Answer(string.Join("\n", lines), citations));
    }

    /// For "what did we decide": the newest decision on the topic leads, since a later one replaces an earlier,
    /// followed by what was said on the same topic before it. Otherwise the best few that come close to the best.
    private static List<Candidate> Choose(List<Candidate> candidates, QuestionKind intent)
    {
        if (intent == QuestionKind.Decision)
        {
            var strongest = candidates.Max(c => c.Lexical);
            var topical = candidates.Where(c => c.Lexical >= 0.6 * strongest).DistinctBy(c => Relevance.Normalise(c.Item.Text)).ToList();
            if (topical.Where(c => c.Decides).MaxBy(c => c.Item.Timestamp) is { } latest)
            {
                return topical
                    .Where(c => c.Item.Timestamp < latest.Item.Timestamp)
                    .OrderByDescending(c => c.Item.Timestamp)
                    .Take(MaxCitations - 1)
                    .Prepend(latest)
                    .ToList();
            }
        }

        // Further sources must come close to the best on both counts and be about the same thing (share a word of
        // the question with it, or its thread), or they are noise beside it.
        var lead = candidates[0];
        return candidates
            .Where(c => c == lead || (c.Total >= lead.Total * 0.75 && c.Lexical >= lead.Lexical * 0.6
                && (c.Matched.Overlaps(lead.Matched) || (c.Item.ThreadRef is not null && c.Item.ThreadRef == lead.Item.ThreadRef))))
            .DistinctBy(c => Relevance.Normalise(c.Item.Text))
            .Take(MaxCitations)
            .ToList();
    }

    private static bool Filtered(ParsedQuery query) => query.Time is not null || query.Preferred is not null || query.Author is not null || query.Conversation is not null;

    /// "@maya in #dev on 22 Oct 2025", "Clara Nguyen in your mail on 30 Oct 2025".
    internal static string Attribution(ItemView item)
    {
        var where = item.Conversation is not null ? " in " + item.Conversation : item.Scope == Permissions.ScopeKind.Personal ? $" in your {item.Source}" : "";
        return $"{Who(item)}{where} on {item.Timestamp.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}";
    }

    /// "@maya" for a known person; an outside sender by name ("Clara Nguyen"), without their address.
    public static string Who(ItemView item) => item switch
    {
        { Author: null } => "someone",
        { AuthorId: not null } => "@" + item.Author,
        _ => item.Author.Split(" <")[0],
    };

    /// Lexical: how much of the question the message (and half its thread root) covers. Decides: it states or
    /// changes a decision.
    private sealed record Candidate(ItemView Item, double Lexical, bool Decides, double Total, HashSet<string> Matched);

    private static List<Candidate> Score(RetrievalResult evidence, QuestionKind intent, IReadOnlyList<string> wanted)
    {
        var maxScore = evidence.Hits.Count > 0 ? Math.Max(evidence.Hits.Max(h => h.Score), 1e-9) : 1;
        var prior = new Dictionary<long, double>();
        var threadPrior = new Dictionary<(long?, string), double>();
        foreach (var hit in evidence.Hits)
        {
            var p = hit.Score / maxScore;
            prior[hit.Item.RowId] = Math.Max(prior.GetValueOrDefault(hit.Item.RowId), p);
            if (hit.Item.ThreadRef is { } thread)
            {
                var key = (hit.Item.ConversationId, thread);
                threadPrior[key] = Math.Max(threadPrior.GetValueOrDefault(key), p);
            }
        }

        var items = evidence.Hits.Select(h => h.Item).Concat(evidence.Context).DistinctBy(i => i.RowId).ToList();
        var stems = items.ToDictionary(i => i.RowId, Relevance.Stems);
        var roots = items.Where(i => i.IsThreadRoot).DistinctBy(i => (i.ConversationId, i.ThreadRef)).ToDictionary(i => (i.ConversationId, i.ThreadRef!), i => stems[i.RowId]);
        var weights = Relevance.Weights(wanted, stems.Values);
        var cue = QuestionKinds.Cue(intent);

        var candidates = new List<Candidate>();
        foreach (var item in items)
        {
            var root = item.ThreadRef is { } t && !item.IsThreadRoot ? roots.GetValueOrDefault((item.ConversationId, t)) : null;
            var lexical = Relevance.Coverage(wanted, weights, stems[item.RowId], root);
            if (lexical == 0)
            {
                continue;
            }

            var p = prior.TryGetValue(item.RowId, out var own)
                ? own
                : item.ThreadRef is { } thread ? 0.5 * threadPrior.GetValueOrDefault((item.ConversationId, thread)) : 0;
            var cued = cue.IsMatch(item.Text);
            var decides = intent == QuestionKind.Decision && (cued || Revision().IsMatch(item.Text));
            var matched = wanted.Where(stems[item.RowId].Contains).ToHashSet(StringComparer.Ordinal);
            candidates.Add(new Candidate(item, lexical, decides, 0.55 * lexical + 0.25 * p + (cued ? 0.2 : 0), matched));
        }

        var soonest = evidence.Query.Preferred?.Soonest == true;
        return candidates
            .OrderByDescending(c => Math.Round(c.Total, 6))
            .ThenBy(c => soonest ? c.Item.Timestamp.UtcTicks : -c.Item.Timestamp.UtcTicks)
            .ToList();
    }

    /// The sentence or line of a message that carries most of the question's words (with the next one when it is
    /// short); the whole message when it is short itself.
    private static string Quote(string text, string? title, IReadOnlyList<string> wanted)
    {
        var flat = Whitespace().Replace(text, " ").Trim();
        if (flat.Length <= MaxQuote * 2 / 3 && title is null)
        {
            return flat;
        }

        var pieces = SentenceEnd().Split(text).Select(s => Whitespace().Replace(s, " ").Trim()).Where(s => s.Length > 0).ToList();
        // Header lines of mail and events (From:, To:, When: …) say where a text came from, not what it says.
        // So does a mail's subject or a note's heading repeated as its first line: the quote comes from the body.
        var sentences = pieces.Where(s => !HeaderLine().IsMatch(s) && s != title).DefaultIfEmpty(pieces[0]).ToList();
        var best = 0;
        var bestScore = -1;
        for (var i = 0; i < sentences.Count; i++)
        {
            var have = Terms.Stems(sentences[i]);
            var score = wanted.Count(have.Contains);
            if (score > bestScore)
            {
                (best, bestScore) = (i, score);
            }
        }

        var quote = sentences[best];
        if (quote.Length < MaxQuote / 3 && best + 1 < sentences.Count)
        {
            quote += " " + sentences[best + 1];
        }

        var prefix = best > 0 ? "… " : "";
        return quote.Length <= MaxQuote ? prefix + quote : prefix + quote[..MaxQuote].TrimEnd() + "…";
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(From|To|Cc|When|Where|Organizer|Attendees|Status):\s")]
    private static partial Regex HeaderLine();

    // Sentence ends, line breaks and list bullets all separate quotable pieces.
    [GeneratedRegex(@"(?<=[.!?])\s+|\n+|\s*[•◦▪]\s+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\b(switch\w*|instead|chang\w*|mov(e|es|ed|ing)|no longer|update[sd]?|revers\w*|revert\w*|actually|pushed|postpon\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Revision();

}
