using System.Globalization;
using System.Text;
using Mosaic.Connectors;
using Mosaic.Domain;

namespace Mosaic.Ingestion;

/// Links the people a personal source names (senders, recipients, attendees) to known people: an entry of the
/// mapping file first, then an exact email address, then the name, with a confidence. A name links only when
/// one person clearly matches it.
public sealed class IdentityResolver
{
    /// The least confidence at which a name alone links an address to a person.
    public const double NameThreshold = 0.8;

    private readonly IReadOnlyList<Person> _people;

    /// People with the identity links the owner may see (everyone's, plus the owner's own private links).
    public IdentityResolver(IReadOnlyList<Person> people) => _people = people;

    public IdentityMatch? Resolve(SourceAddress address)
    {
        if (address.Email is { Length: > 0 } email)
        {
            var byEmail = _people
                .SelectMany(p => p.Identities.Where(i => i.Kind == IdentityKind.Email && i.Value.Equals(email, StringComparison.OrdinalIgnoreCase)).Select(i => (Person: p, Identity: i)))
                .OrderByDescending(x => x.Identity.Origin == "map")
                .ThenByDescending(x => x.Identity.Confidence)
                .FirstOrDefault();
            if (byEmail.Person is not null)
            {
                return new IdentityMatch(byEmail.Person, byEmail.Identity.Confidence, byEmail.Identity.Origin == "map" ? "map" : "email");
            }
        }

        return address.Name is { Length: > 0 } name ? ByName(name) : null;
    }

    private IdentityMatch? ByName(string name)
    {
        var wanted = Normalise(name);
        if (wanted.Length == 0)
        {
            return null;
        }

        var scored = _people
            .Where(p => !p.IsBot)
            .Select(p => (Person: p, Score: Score(p, wanted)))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score)
            .ToList();
        if (scored.Count == 0 || scored[0].Score < NameThreshold || (scored.Count > 1 && scored[1].Score >= scored[0].Score))
        {
            return null;
        }

        return new IdentityMatch(scored[0].Person, scored[0].Score, scored[0].Score >= 1 ? "map" : "name");
    }

    /// How well a normalised name fits a person: a mapping-file name is certain; a full real name nearly so; a
    /// first and last name with a middle one left out is likely; an initial and a surname, or a lone first name,
    /// is only a hint.
    private static double Score(Person person, string wanted)
    {
        if (person.Identities.Any(i => i.Origin == "map" && i.Kind is IdentityKind.RealName or IdentityKind.DisplayName && Normalise(i.Value) == wanted))
        {
            return 1.0;
        }

        var best = 0.0;
        foreach (var candidate in new[] { person.RealName, person.DisplayName, person.Username }.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => Normalise(n!)))
        {
            var have = candidate.Split(' ');
            var want = wanted.Split(' ');
            var score =
                candidate == wanted ? (have.Length > 1 ? 0.95 : 0.6)
                : have.Length > 1 && want.Length > 1 && have[0] == want[0] && have[^1] == want[^1] ? 0.85
                : have.Length > 1 && want.Length == 2 && want[0].Length == 1 && have[0][0] == want[0][0] && have[^1] == want[^1] ? 0.65
                : 0;
            best = Math.Max(best, score);
        }

        return best;
    }

    /// Lower case, accents dropped, punctuation to spaces: "Tomás  Reyes-García" becomes "tomas reyes garcia".
    public static string Normalise(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
