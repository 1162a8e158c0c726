using System.Text.RegularExpressions;
using Mosaic.Domain;

namespace Mosaic.Team;

/// Evidence of Scrum roles, by rule, for RoleFinder to weigh: a statement of who holds a role ("Maya is our Product
/// Owner", "I'm the Scrum Master", "Lena takes over as Scrum Master", and in a direct message "you're our PO now"); a
/// ceremony run by the message's author ("Sprint 6 planning summary: …", "Retro notes (sprint 3): …", "retro starts in
/// 5", "I'll facilitate the retro"), which is what a Scrum Master does; and backlog items accepted or given acceptance
/// criteria by the author ("accepted HBR-142", "acceptance criteria for HBR-187"), which is what a Product Owner does.
/// Subject is the role ("product owner", "scrum master"), PersonId whom it points at, Status which evidence it is
/// (Stated, Ceremony, Accepts), Value the ceremony, item or sentence. Role facts are evidence (FactKinds.IsEvidence):
/// none replaces another, and RoleFinder takes the latest statement itself.
public sealed partial class RoleExtractor : IFactExtractor
{
    public const string Stated = "stated";

    public const string Ceremony = "ceremony";

    public const string Accepts = "accepts";

    public const string ProductOwner = "product owner";

    public const string ScrumMaster = "scrum master";

    public string Name => "rules:role";

    public IReadOnlyList<FactCandidate> Extract(ItemView item, FactContext context)
    {
        var facts = new List<FactCandidate>();
        if (item.Source == Store.BacklogRecord.Source || item.AuthorId is not { } author || context.ById(author) is { IsBot: true })
        {
            return facts;
        }

        foreach (var sentence in FactText.Sentences(item.Text))
        {
            if (FactText.IsQuestion(sentence))
            {
                continue;
            }

            if (!Negated().IsMatch(sentence) && Statement(sentence, item, context) is { } stated && !facts.Exists(f => f.Key == stated.Key && f.PersonId == stated.PersonId))
            {
                facts.Add(stated);
            }

            // One ceremony or acceptance per message: a summary that names the retro twice ran one retro.
            if (Ran(sentence) is { } ceremony && !facts.Exists(f => f.Status == Ceremony))
            {
                facts.Add(new FactCandidate(FactKind.Role, ScrumMaster, ceremony, 0.7) { PersonId = author, Status = Ceremony });
            }

            if (Accepted(sentence) is { } what && !facts.Exists(f => f.Status == Accepts))
            {
                facts.Add(new FactCandidate(FactKind.Role, ProductOwner, what, 0.7) { PersonId = author, Status = Accepts });
            }
        }

        return facts;
    }

    private static FactCandidate? Statement(string sentence, ItemView item, FactContext context)
    {
        foreach (var (pattern, who) in Statements)
        {
            if (pattern.Match(sentence) is not { Success: true } m)
            {
                continue;
            }

            if (context.Resolve(who, m.Groups["who"].Value, item) is { } person)
            {
                var role = m.Groups["role"].Value.Length == 2 ? (m.Groups["role"].Value == "PO" ? ProductOwner : ScrumMaster) : m.Groups["role"].Value.ToLowerInvariant();
                return new FactCandidate(FactKind.Role, Whitespace().Replace(role, " "), FactText.Tidy(sentence), 0.9) { PersonId = person.Id, Status = Stated };
            }
        }

        return null;
    }

    private static string? Ran(string sentence)
    {
        foreach (var pattern in (Regex[])[Announces(), Facilitates(), Reminds(), Starts()])
        {
            if (pattern.Match(sentence) is { Success: true } m)
            {
                return CeremonyName(m.Groups["c"].Value);
            }
        }

        return null;
    }

    private static string? Accepted(string sentence) =>
        AcceptedKey().Match(sentence) is { Success: true } m ? m.Groups["what"].Value
        : Criteria().Match(sentence) is { Success: true } c ? FactText.Tidy(c.Groups["what"].Value)
        : null;

    private static string CeremonyName(string said) => said.ToLowerInvariant() switch
    {
        var s when s.Contains("retro", StringComparison.Ordinal) => "retro",
        var s when s.Contains("planning", StringComparison.Ordinal) => "sprint planning",
        var s when s.Contains("review", StringComparison.Ordinal) || s.Contains("demo", StringComparison.Ordinal) => "sprint review",
        var s when s.Contains("refinement", StringComparison.Ordinal) || s.Contains("grooming", StringComparison.Ordinal) => "backlog refinement",
        _ => "daily standup",
    };

    private static readonly (Regex Pattern, Whom Who)[] Statements =
    [
        (IsOur(), Whom.Named),
        (OurIs(), Whom.Named),
        (TakesOverAs(), Whom.Named),
        (IAm(), Whom.Author),
        (AsRole(), Whom.Author),
        (YouAre(), Whom.Addressee),
    ];

    private const string Role = @"(?<role>[Pp]roduct\s+[Oo]wner|[Ss]crum\s+[Mm]aster|PO|SM)\b";

    private const string Person = @"(?<who>@?[A-Z][\w.-]+|@[\w.-]+)";

    private const string Ceremonies = @"(?<c>(?:daily\s+)?stand-?\s?ups?|daily\s+scrum|retro(?:spective)?s?|(?:sprint\s+)?planning|sprint\s+(?:review|demo)s?|(?:backlog\s+)?refinement|grooming)";

    [GeneratedRegex(Person + @"\s+is\s+(?:now\s+)?(?:our|the)\s+(?:new\s+)?" + Role)]
    private static partial Regex IsOur();

    [GeneratedRegex(@"\b(?:[Oo]ur|[Tt]he)\s+(?:new\s+)?" + Role + @"\s+is\s+(?:now\s+)?" + Person)]
    private static partial Regex OurIs();

    [GeneratedRegex(Person + @"\s+(?:takes|is\s+taking|will\s+take|took)\s+over\s+as\s+(?:the\s+|our\s+)?(?:new\s+)?" + Role)]
    private static partial Regex TakesOverAs();

    [GeneratedRegex(@"\bI(?:'m|’m|\s+am)\s+(?:now\s+)?(?:your|our|the)\s+(?:new\s+)?" + Role)]
    private static partial Regex IAm();

    [GeneratedRegex(@"\b[Aa]s\s+(?:the\s+|your\s+|our\s+)?" + Role + @",?\s+I\b")]
    private static partial Regex AsRole();

    [GeneratedRegex(@"\b[Yy]ou(?:'re|’re|\s+are)\s+(?:now\s+)?(?:our|the)\s+(?:new\s+)?" + Role)]
    private static partial Regex YouAre();

    [GeneratedRegex(@"\b(?:no\s+longer|not|never|n't|n’t)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Negated();

    /// "Sprint 6 planning summary", "Retro notes", "Standup rules", "retro starts in 5".
    [GeneratedRegex(@"\b" + Ceremonies + @"\s+(?:notes|summary|agenda|rules|recap|minutes|time\s+change|(?:is\s+|will\s+be\s+)?(?:starting|starts|begins|kicks\s+off)\s+(?:now|in\s+\d+))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Announces();

    [GeneratedRegex(@"\bI(?:'ll|’ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to|'m|’m|\s+am)?\s+(?:facilitat\w*|run|running|ran|host|hosting|hosted|lead|leading|led|moderat\w*)\s+(?:the\s+|today's\s+|tomorrow's\s+|this\s+sprint's\s+|our\s+)?" + Ceremonies + @"\b", RegexOptions.IgnoreCase)]
    private static partial Regex Facilitates();

    [GeneratedRegex(@"\b(?:reminder|heads\s+up)\b[^.!?]{0,40}?\b" + Ceremonies + @"\b", RegexOptions.IgnoreCase)]
    private static partial Regex Reminds();

    [GeneratedRegex(@"\blet'?s\s+(?:start|kick\s+off|begin|wrap\s+up)\s+(?:the\s+|our\s+)?" + Ceremonies + @"\b", RegexOptions.IgnoreCase)]
    private static partial Regex Starts();

    [GeneratedRegex(@"(?i:\baccept(?:ed|ing)?)\s+(?<what>[A-Z][A-Z0-9]+-\d+)|(?<what>[A-Z][A-Z0-9]+-\d+)\s+(?i:is\s+accepted|accepted)\b")]
    private static partial Regex AcceptedKey();

    [GeneratedRegex(@"(?i:\bacceptance\s+criteria\s+(?:for|on|of))\s+(?<what>[A-Z][A-Z0-9]+-\d+|[\w][\w -]{2,40})")]
    private static partial Regex Criteria();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
