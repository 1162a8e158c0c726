using System.Text.RegularExpressions;
using Mosaic.Domain;

namespace Mosaic.Team;

/// Who owns what, by rule: "Priya owns the payments service", "Lena is the owner of the release checklist", "the
/// furnace is owned by Dan", "Dan takes over the furnace", "HBR-142 is mine", "I own it now" (it: what the message
/// is about). In a direct message "you" is the other member: "you own the onboarding redesign", "handing the furnace
/// over to you"; in a group message or a channel "you" is nobody in particular, so it gives no owner. One fact per
/// owner named, so a list of owners gives several. The owner must be a person Mosaic knows; the subject is the thing
/// owned, so a later statement about it makes the earlier one history.
public sealed partial class OwnershipExtractor : IFactExtractor
{
    public string Name => "rules:owner";

    public IReadOnlyList<FactCandidate> Extract(ItemView item, FactContext context)
    {
        var facts = new List<FactCandidate>();
        if (item.Source == Store.BacklogRecord.Source)
        {
            return facts;
        }

        foreach (var line in Lines().Split(item.Text))
        {
            if (line.TrimEnd().EndsWith('?') || Negated().IsMatch(line))
            {
                continue;
            }

            foreach (var (pattern, who) in Patterns)
            {
                foreach (Match m in pattern.Matches(line))
                {
                    var owner = context.Resolve(who, m.Groups["owner"].Value, item);
                    var thing = m.Groups["thing"].Value;
                    if (Pronoun().IsMatch(thing))
                    {
                        thing = Topic().Match(item.Text) is { Success: true } topic ? topic.Groups["thing"].Value
                            : HandOver().Match(item.Text) is { Success: true } handed ? handed.Groups["thing"].Value
                            : "";
                    }

                    thing = Tidy(thing);
                    if (owner is null || thing.Length < 2 || facts.Any(f => f.Subject.Equals(thing, StringComparison.OrdinalIgnoreCase)))
                    {
                        continue;
                    }

                    facts.Add(new FactCandidate(FactKind.Ownership, thing, owner.Handle, 0.9) { PersonId = owner.Id });
                }
            }
        }

        return facts;
    }

    private static readonly (Regex Pattern, Whom Who)[] Patterns =
    [
        (Owns(), Whom.Named),
        (OwnerOf(), Whom.Named),
        (OwnedBy(), Whom.Named),
        (TakesOver(), Whom.Named),
        (IOwn(), Whom.Author),
        (IsMine(), Whom.Author),
        (YouOwn(), Whom.Addressee),
        (HandOver(), Whom.Named),
    ];

    private static string Tidy(string thing)
    {
        var t = Parenthetical().Replace(thing, "").Trim().TrimEnd('.', ',', ';', ':', '!');
        return Article().Replace(t, "");
    }

    /// A thing's name: words up to a clause, a bracket or the end.
    private const string Thing = @"(?<thing>[\w][\w .'/-]{1,60}?)(?=\s*(?:\(|,|;|:|\.(?!\S)|!|\bnow\b|\bfrom\b|\bso\b|\band\b|\bsince\b|\buntil\b|\bend\s+to\s+end\b|$))";

    private const string Person = @"(?<owner>@?[A-Z][\w.-]+|@[\w.-]+)";

    [GeneratedRegex(@"\n+|(?<=[.!?])\s+(?=[A-Z•*-])")]
    private static partial Regex Lines();

    [GeneratedRegex(@"\b(?:no longer|not|n't|never)\s+(?:own|the owner)|\bwho\s+owns\b", RegexOptions.IgnoreCase)]
    private static partial Regex Negated();

    [GeneratedRegex(Person + @"\s+(?:now\s+)?(?:owns|will own)\s+" + Thing)]
    private static partial Regex Owns();

    [GeneratedRegex(Person + @"\s+is\s+(?:now\s+)?the\s+owner\s+of\s+" + Thing)]
    private static partial Regex OwnerOf();

    [GeneratedRegex(@"\bthe\s+(?<thing>\w[\w .'/-]{1,40}?)\s+is\s+(?:now\s+)?owned\s+by\s+" + Person)]
    private static partial Regex OwnedBy();

    [GeneratedRegex(Person + @"\s+(?:takes|is taking|took)\s+over\s+" + Thing)]
    private static partial Regex TakesOver();

    [GeneratedRegex(@"\bI(?:'m| am)?\s+(?:now\s+)?(?:own|the owner of)\s+" + Thing, RegexOptions.IgnoreCase)]
    private static partial Regex IOwn();

    [GeneratedRegex(@"\b(?<thing>[A-Z][A-Z0-9]+-\d+)\s+is\s+mine\b")]
    private static partial Regex IsMine();

    /// "you own the onboarding redesign", "you're now the owner of …", "you take over the furnace": in a direct message.
    [GeneratedRegex(@"(?<!\b(?:if|when|unless|whether|once)\s+)\byou(?:'re|’re|\s+are)?\s+(?:now\s+)?(?:own|will\s+own|the\s+owner\s+of|take\s+over|are\s+taking\s+over)\s+" + Thing, RegexOptions.IgnoreCase)]
    private static partial Regex YouOwn();

    /// "Handing the furnace over to you", "I'm handing the release checklist over to Lena".
    [GeneratedRegex(@"\b[Hh]and(?:ing|ed|s)?\s+(?:the\s+|our\s+)?(?<thing>\w[\w .'/-]{1,40}?)\s+over\s+to\s+(?<owner>you\b|@?[A-Z][\w.-]+|@[\w.-]+)")]
    private static partial Regex HandOver();

    [GeneratedRegex(@"^(?:it|that|this|them)$", RegexOptions.IgnoreCase)]
    private static partial Regex Pronoun();

    /// What a message is about when it says "I own it": the thing its first sentence starts with ("The release
    /// checklist lives at …").
    [GeneratedRegex(@"^\W*the\s+(?<thing>[a-z][\w -]{2,40}?)\s+(?:is|are|lives|sits|has|was)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Topic();

    [GeneratedRegex(@"\s*\([^)]*\)")]
    private static partial Regex Parenthetical();

    [GeneratedRegex(@"^(?:the|our|both|a|an)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Article();
}
