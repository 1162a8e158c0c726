using System.Text.RegularExpressions;
using Mosaic.Domain;

namespace Mosaic.Team;

/// Who owns what, by rule: "Priya owns the payments service", "Lena is the owner of the release checklist", "the
/// furnace is owned by Dan", "Dan takes over the furnace", "HBR-142 is mine", "I own it now" (it: what the message
/// is about). One fact per owner named, so a list of owners gives several. The owner must be a person Mosaic knows;
/// the subject is the thing owned, so a later statement about it makes the earlier one history.
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

        var author = context.ById(item.AuthorId);
        foreach (var line in Lines().Split(item.Text))
        {
            if (line.TrimEnd().EndsWith('?') || Negated().IsMatch(line))
            {
                continue;
            }

            foreach (var (pattern, ownerGroupIsAuthor) in Patterns)
            {
                foreach (Match m in pattern.Matches(line))
                {
                    var owner = ownerGroupIsAuthor ? author : context.Named(m.Groups["owner"].Value.TrimEnd('.', '-'));
                    var thing = m.Groups["thing"].Value;
                    if (Pronoun().IsMatch(thing))
                    {
                        thing = Topic().Match(item.Text) is { Success: true } topic ? topic.Groups["thing"].Value : "";
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

    private static readonly (Regex Pattern, bool OwnerIsAuthor)[] Patterns =
    [
        (Owns(), false),
        (OwnerOf(), false),
        (OwnedBy(), false),
        (TakesOver(), false),
        (IOwn(), true),
        (IsMine(), true),
    ];

    private static string Tidy(string thing)
    {
        var t = Parenthetical().Replace(thing, "").Trim().TrimEnd('.', ',', ';', ':', '!');
        return Article().Replace(t, "");
    }

    /// A thing's name: words up to a clause, a bracket or the end.
    private const string Thing = @"(?<thing>[\w][\w .'/-]{1,60}?)(?=\s*(?:\(|,|;|:|\.(?!\S)|!|\bnow\b|\bfrom\b|\bso\b|\band\b|\bsince\b|\buntil\b|$))";

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
