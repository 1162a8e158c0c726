using System.Text.RegularExpressions;
using Mosaic.Domain;

namespace Mosaic.Team;

/// Rhythms, by rule: when and where a ceremony happens ("we meet every weekday at 9:30 Berlin time in the daily
/// room", "the daily standup is at 15:00 instead of 9:30", "retro every other Friday at 14:00"), how long sprints
/// are, when releases are cut. Subjects are canonical ceremony names, so "standup", "the daily" and "daily standup"
/// are one subject and the latest statement about it is current. A one-off ("standup is at 10 today", "no retro this
/// sprint") or a rule about what not to do is no rhythm, and would otherwise replace the real one.
public sealed partial class RhythmExtractor : IFactExtractor
{
    public string Name => "rules:rhythm";

    public IReadOnlyList<FactCandidate> Extract(ItemView item, FactContext context)
    {
        var facts = new List<FactCandidate>();
        if (item.Source == Store.BacklogRecord.Source)
        {
            return facts;
        }

        foreach (var sentence in FactText.Sentences(item.Text))
        {
            // Agreements may say what not to do ("demo on staging, not localhost"): each is a convention as worded.
            foreach (var agreement in Agreements(sentence))
            {
                facts.Add(agreement);
            }

            if (FactText.IsQuestion(sentence) || Negated().IsMatch(sentence) || OneOff().IsMatch(Starting().Replace(sentence, "")))
            {
                continue;
            }

            foreach (var fact in SprintLength(sentence).Concat(Ceremony(sentence)))
            {
                if (!facts.Exists(f => f.Key == fact.Key))
                {
                    facts.Add(fact);
                }
            }
        }

        return facts;
    }

    /// "we agreed to (1) keep PRs small, (2) demo on staging": each numbered agreement is a convention of its own, and
    /// the same agreement made again later is the same convention.
    private static IEnumerable<FactCandidate> Agreements(string sentence)
    {
        if (Agreed().Match(sentence) is not { Success: true } m)
        {
            yield break;
        }

        foreach (var part in Numbered().Split(m.Groups["list"].Value))
        {
            var agreement = FactText.Tidy(AndEnd().Replace(FactText.Tidy(part), ""));
            if (agreement.Length is >= 5 and <= 160)
            {
                yield return new FactCandidate(FactKind.Rhythm, agreement, agreement, 0.8);
            }
        }
    }

    private static IEnumerable<FactCandidate> SprintLength(string sentence)
    {
        var m = SprintWeeks().Match(sentence);
        if (m.Success)
        {
            yield return new FactCandidate(FactKind.Rhythm, "sprint length", FactText.Tidy(m.Value), 0.9);
        }
    }

    /// A schedule (a recurrence or "is at 15:00") and a ceremony in the same clause, or the ceremony in the heading
    /// the clause follows ("Standup rules: we meet every weekday …"): a ceremony elsewhere in a list ("Retro notes:
    /// (1) …, (2) book focus time on Wednesdays") is not what the schedule is about.
    private static IEnumerable<FactCandidate> Ceremony(string sentence)
    {
        foreach (Match cue in Schedule().Matches(sentence))
        {
            var (start, end, afterHeading) = ClauseAround(sentence, cue.Index);
            var clause = sentence[start..end];
            var ceremony = FirstCeremony(clause);
            var subject = ceremony?.Subject ?? (afterHeading ? FirstCeremony(sentence[..start])?.Subject : null);
            if (subject is null && (Named().Match(sentence) is { Success: true } named))
            {
                // "'paper cut Friday' is the last Friday of each sprint": the team's own name for a ritual.
                yield return new FactCandidate(FactKind.Rhythm, named.Groups["name"].Value, FactText.Tidy(sentence[(named.Index + named.Length)..]), 0.8);
                yield break;
            }

            if (subject is null && Passive().Match(sentence) is { Success: true } passive && passive.Index + passive.Length <= cue.Index + cue.Length)
            {
                // "The sandbox API key is rotated on the first Wednesday of every month": what is done, and when.
                yield return new FactCandidate(FactKind.Rhythm, passive.Groups["subject"].Value, FactText.Tidy(sentence[passive.Groups["verb"].Index..end]), 0.75);
                yield break;
            }

            if (subject is null)
            {
                continue;
            }

            // "is at 15:00" says the time from "at" on; a recurrence says it from its first word.
            var when = cue.Groups["time"] is { Success: true } time ? time.Index : cue.Index;
            var value = FactText.Tidy(ValueIn(clause, when - start, ceremony?.At));
            if (value.Length is >= 3 and <= 160)
            {
                yield return new FactCandidate(FactKind.Rhythm, subject, value, 0.85);
            }

            yield break;
        }
    }

    /// The schedule's words: from the earliest time or recurrence on, or from the verb when the team says what it does
    /// ("we cut a release branch every other Wednesday …"), to the end of the clause.
    private static string ValueIn(string clause, int cueAt, int? ceremonyAt)
    {
        var from = Math.Min(cueAt, ValueStart().Match(clause) is { Success: true } s ? s.Index : cueAt);
        var we = We().Match(clause);
        if (we.Success && we.Index < from && ceremonyAt is { } at && at > we.Index && at < from)
        {
            from = we.Index + we.Length;
        }

        return clause[from..];
    }

    private static (int Start, int End, bool AfterHeading) ClauseAround(string sentence, int at)
    {
        var start = 0;
        var end = sentence.Length;
        var afterHeading = false;
        foreach (Match sep in ClauseEnd().Matches(sentence))
        {
            if (sep.Index + sep.Length <= at)
            {
                start = sep.Index + sep.Length;
                afterHeading = sep.Value == ":";
            }
            else if (sep.Index >= at)
            {
                end = sep.Index;
                break;
            }
        }

        return (start, end, afterHeading);
    }

    private static (string Subject, int At)? FirstCeremony(string text)
    {
        (string Subject, int At)? first = null;
        foreach (var (pattern, subject) in Ceremonies)
        {
            if (pattern.Match(text) is { Success: true } m && (first is null || m.Index < first.Value.At))
            {
                first = (subject, m.Index);
            }
        }

        return first;
    }

    private static readonly (Regex Pattern, string Subject)[] Ceremonies =
    [
        (Standup(), "daily standup"),
        (Retro(), "retro"),
        (Planning(), "sprint planning"),
        (Review(), "sprint review"),
        (Refinement(), "backlog refinement"),
        (Release(), "release"),
        (OnCall(), "on-call rotation"),
    ];

    private const string Weekday = @"(?:mon|tues|wednes|thurs|fri|satur|sun)day";

    [GeneratedRegex(@"\b(?:daily\s+)?stand-?\s?ups?\b|\bdaily\s+scrum\b|\bthe\s+daily\b|\bdailies\b", RegexOptions.IgnoreCase)]
    private static partial Regex Standup();

    [GeneratedRegex(@"\bretro(?:spective)?s?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Retro();

    /// "planning" alone is usually the verb ("we're planning a lunch"); the ceremony is named as one.
    [GeneratedRegex(@"\bsprint\s+planning\b|\b(?:the|our)\s+planning\b|\bplanning\s+(?:meeting|session)s?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Planning();

    /// "review" alone is mostly code or design review; the ceremony is the sprint's.
    [GeneratedRegex(@"\bsprint\s+(?:review|demo)s?\b|\breview\s+days?\b|\bdemo\s+days?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Review();

    [GeneratedRegex(@"\b(?:backlog\s+)?(?:refinement|grooming)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Refinement();

    [GeneratedRegex(@"\breleases?\b|\bbranch\s+cuts?\b|\bdeploy(?:s|ments?)?\s+to\s+production\b|\bproduction\s+deploys?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Release();

    [GeneratedRegex(@"\bon-?\s?call\b", RegexOptions.IgnoreCase)]
    private static partial Regex OnCall();

    [GeneratedRegex(@"\bagreed\s+(?:to|on)\s*:?\s*(?<list>\(1\).+)", RegexOptions.IgnoreCase)]
    private static partial Regex Agreed();

    [GeneratedRegex(@"\s*\(\d\)\s*")]
    private static partial Regex Numbered();

    [GeneratedRegex(@"\s+and$", RegexOptions.IgnoreCase)]
    private static partial Regex AndEnd();

    [GeneratedRegex(@"['‘“""](?<name>[^'’”""]{3,40})['’”""]\s+(?:is|are)\s+")]
    private static partial Regex Named();

    [GeneratedRegex(@"^\W*(?:the\s+)?(?<subject>[\w -]{3,40}?)\s+(?:is|are)\s+(?<verb>\w+ed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Passive();

    [GeneratedRegex(@"\b(?:(?:one|two|three|four|[1-4])[- ]weeks?\s+sprints?|sprints?\s+(?:are|is|last|lasts|of)\s+(?:one|two|three|four|[1-4])\s+weeks?|sprint\s+length\s+(?:is|of)\s+(?:one|two|three|four|[1-4])\s+weeks?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SprintWeeks();

    /// What makes a statement a schedule: a recurrence, or a ceremony put at a time.
    [GeneratedRegex(@"\b(?:every|each)\s+(?:other\s+|second\s+)?(?:day|weekday|working\s+day|week|morning|sprint|month|" + Weekday + @")\b"
        + @"|\bon\s+" + Weekday + @"s\b|\b(?:weekly|bi-?weekly|fortnightly)\b|\bdaily\s+at\b|\b(?:first|last)\s+(?:day|" + Weekday + @")\s+of\s+(?:each|every|the)\s+(?:sprint|week|month|quarter)\b|\b(?:one|a|two)\s+weeks?\s+each\b"
        + @"|\b(?:is|are|will\s+be|moves?\s+to|moved\s+to|starts?|happens?)\s+(?:now\s+)?(?<time>(?:at\s+)?\d{1,2}(?::\d{2}|\s?[ap]m\b))", RegexOptions.IgnoreCase)]
    private static partial Regex Schedule();

    [GeneratedRegex(@"\b(?:every|each|weekly|bi-?weekly|fortnightly|daily\s+at)\b|\bat\s+\d{1,2}(?::\d{2}|\s?[ap]m\b)|\bon\s+" + Weekday + @"s?\b", RegexOptions.IgnoreCase)]
    private static partial Regex ValueStart();

    [GeneratedRegex(@"\bwe(?:'ll|\s+will)?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex We();

    /// Commas, semicolons, brackets and a heading's colon; not the colon in "9:30" or "https://".
    [GeneratedRegex(@"[,;()]|:(?=\s)|\s+(?:so|because|since|instead|unless|but|if)\b|\s[-–—]\s")]
    private static partial Regex ClauseEnd();

    [GeneratedRegex(@"\b(?:no|not|never|nobody)\b|n't\b", RegexOptions.IgnoreCase)]
    private static partial Regex Negated();

    [GeneratedRegex(@"\b(?:today|tonight|tomorrow|yesterday|this\s+(?:week|morning|afternoon|evening|time|sprint)|next\s+time|just\s+once|only\s+once|for\s+once|cancel+ed|skip(?:ped|ping)?|postponed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OneOff();

    /// "From tomorrow" starts a rhythm rather than naming a one-off day.
    [GeneratedRegex(@"\b(?:from|starting|as\s+of|beginning)\s+(?:tomorrow|today|next\s+week|this\s+week)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Starting();
}
