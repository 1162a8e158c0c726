using System.Text.RegularExpressions;
using Mosaic.Domain;
using Mosaic.Permissions;
using Mosaic.Store;

namespace Mosaic.Team;

/// Who holds each Scrum role, as an audience may see it.
///
///     var facts = await store.ListFactsAsync(null, request.Access, ct);
///     var roles = await new RoleFinder(store, store, store).ListAsync(facts, request.Access, ct);
///
/// A configured role (IRoleSettings, `mosaic team role set`) is taken as given, and inference never overrides it: a
/// configured Product Owner or Scrum Master hides the inferred one, and configured Developers replace the inferred
/// list. Otherwise each role is inferred with its evidence and a confidence, trusting, in order:
/// - what the team said ("Maya is our Product Owner"; RoleExtractor), the latest statement first;
/// - a profile title that names the role ("Scrum Master");
/// - what people do. Product Owner: who reports the most backlog items (a story or task counts double a bug, which
///   testers report too) and accepts them or writes their acceptance criteria. Scrum Master: who runs the ceremonies
///   (planning summaries, retro notes, "retro starts in 5", ceremony schedules). Either needs at least three such
///   items and half as many again as the runner-up.
/// Developers are everyone else assigned backlog items; with no backlog to see, those who own a component or answered
/// two questions or more. Evidence is limited to what the audience may see: backlog items through the audience rule,
/// messages through the facts passed in.
public sealed partial class RoleFinder(IRoleSettings settings, IBacklog backlog, IDirectory directory)
{
    private const int MinActs = 3;

    private const double Lead = 1.5;

    private const int SourcesShown = 3;

    /// More than any backlog Mosaic is meant for: every visible item counts.
    private const int BacklogLimit = 1_000_000;

    /// Every role holder, Product Owner first, then Scrum Master, then Developers by name. `facts` must be the facts the
    /// audience may see (IFacts.ListFactsAsync(null, access)), passed in so a caller that holds them does not read them
    /// twice; roles, rhythms, owners and expertise among them are used.
    public async Task<IReadOnlyList<RoleHolder>> ListAsync(IReadOnlyList<FactView> facts, AccessContext access, CancellationToken ct = default)
    {
        var configured = await settings.ListRolesAsync(ct);
        var people = (await directory.ListPeopleAsync(null, ct)).Where(p => !p.IsBot).ToDictionary(p => p.Id);
        var items = (await backlog.ListAsync(new BacklogFilter(Limit: BacklogLimit), access, ct)).ToList();
        var evidence = new Evidence(people, items, facts);

        var holders = new List<RoleHolder>();
        foreach (var (role, title) in new[] { (ScrumRole.ProductOwner, PoTitle()), (ScrumRole.ScrumMaster, SmTitle()) })
        {
            var given = configured.Where(c => c.Role == role).ToList();
            holders.AddRange(given.Count > 0
                ? given.Select(c => new RoleHolder(role, c.PersonId, c.Person, true, 1, evidence.For(role, c.PersonId, title)))
                : Infer(role, title, evidence) is { } inferred ? [inferred] : []);
        }

        var developers = configured.Where(c => c.Role == ScrumRole.Developer).ToList();
        if (developers.Count > 0)
        {
            holders.AddRange(developers.Select(c => new RoleHolder(ScrumRole.Developer, c.PersonId, c.Person, true, 1, evidence.For(ScrumRole.Developer, c.PersonId, null))));
        }
        else
        {
            var others = holders.Select(h => h.PersonId).ToHashSet();
            holders.AddRange(evidence.Developers()
                .Where(d => !others.Contains(d.Person))
                .Select(d => new RoleHolder(ScrumRole.Developer, d.Person, evidence.Name(d.Person), false, d.Confidence, evidence.For(ScrumRole.Developer, d.Person, null)))
                .OrderBy(h => h.Person, StringComparer.OrdinalIgnoreCase));
        }

        return holders;
    }

    private static RoleHolder? Infer(ScrumRole role, Regex title, Evidence evidence)
    {
        var stated = evidence.Statement(role);
        var titled = evidence.People.Values.Where(p => p.Title is { } t && title.IsMatch(t)).ToList();
        var scores = evidence.Scores(role);
        var top = scores.FirstOrDefault();
        var second = scores.Skip(1).FirstOrDefault().Score;
        long? acting = top.Score >= MinActs && top.Score >= Lead * second ? top.Person : null;
        long? holder = stated?.PersonId ?? (titled.Count == 1 ? titled[0].Id : (long?)null) ?? acting;
        if (holder is not { } person || !evidence.People.ContainsKey(person))
        {
            return null;
        }

        var confidence = stated is not null && stated.PersonId == person ? 0.9
            : titled.Count == 1 && titled[0].Id == person ? 0.8
            : 0.5 + (0.35 * (top.Score - second) / top.Score);
        if (acting == person && (stated is not null || titled.Count == 1))
        {
            // What they do agrees with what was said.
            confidence = Math.Min(0.95, confidence + 0.05);
        }

        return new RoleHolder(role, person, evidence.Name(person), false, Math.Round(confidence, 2), evidence.For(role, person, title));
    }

    /// What the audience's backlog and facts say about everyone, worked out once.
    private sealed class Evidence(Dictionary<long, Person> people, List<BacklogItem> backlog, IReadOnlyList<FactView> facts)
    {
        private readonly List<FactView> _roles = [.. facts.Where(f => f is { Kind: FactKind.Role, PersonId: not null })];

        /// Ceremonies run: the role rules' evidence, and the schedules people set (every rhythm but release trains).
        private readonly List<(long Person, string Ceremony, ItemView Source)> _ceremonies =
        [
            .. facts.Where(f => f is { Kind: FactKind.Role, Status: RoleExtractor.Ceremony, PersonId: not null }).Select(f => (f.PersonId!.Value, f.Value, f.Source))
                .Concat(facts.Where(f => f.Kind == FactKind.Rhythm && f.Subject != "release" && f.Source.AuthorId is not null).Select(f => (f.Source.AuthorId!.Value, f.Subject, f.Source)))
                .DistinctBy(c => (c.Item1, c.Source.RowId)),
        ];

        public Dictionary<long, Person> People { get; } = people;

        public string Name(long person) => People.TryGetValue(person, out var p) ? p.Handle : $"person {person}";

        public FactView? Statement(ScrumRole role) =>
            _roles.Where(f => f.Status == RoleExtractor.Stated && f.Subject == Subject(role)).OrderByDescending(f => f.ValidFrom).FirstOrDefault();

        /// Everyone who acts the role, most first.
        public List<(long Person, double Score)> Scores(ScrumRole role) =>
        [
            .. People.Keys
                .Select(p => (Person: p, Score: role == ScrumRole.ProductOwner
                    ? Stories(p).Count() + (0.5 * Bugs(p).Count()) + Accepted(p).Count()
                    : _ceremonies.Count(c => c.Person == p)))
                .Where(s => s.Score > 0)
                .OrderByDescending(s => s.Score)
                .ThenBy(s => Name(s.Person), StringComparer.OrdinalIgnoreCase),
        ];

        /// Developers by what they do: assigned backlog items, or without a backlog to see, components owned and questions answered.
        public IEnumerable<(long Person, double Confidence)> Developers()
        {
            if (backlog.Any(b => b.Assignees.Count > 0))
            {
                return People.Keys.Select(p => (p, n: Assigned(p).Count())).Where(d => d.n > 0).Select(d => (d.p, Math.Round(0.6 + Math.Min(0.3, 0.03 * d.n), 2)));
            }

            return People.Keys.Where(p => Owns(p).Any() || Answers(p).Count() >= 2).Select(p => (p, 0.5));
        }

        public List<RoleEvidence> For(ScrumRole role, long person, Regex? title)
        {
            var found = new List<RoleEvidence>();
            if (Statement(role) is { } stated && stated.PersonId == person)
            {
                found.Add(new RoleEvidence($"said so: \"{stated.Value}\"", 1, [stated.Source]));
            }

            if (title is not null && People.TryGetValue(person, out var p) && p.Title is { } t && title.IsMatch(t))
            {
                found.Add(new RoleEvidence($"profile title \"{t}\"", 1, []));
            }

            switch (role)
            {
                case ScrumRole.ProductOwner:
                    var (stories, bugs) = (Stories(person).ToList(), Bugs(person).ToList());
                    Add(found, $"reported {stories.Count + bugs.Count} backlog items ({stories.Count} stories or tasks, {bugs.Count} bugs)",
                        stories.Concat(bugs).Select(b => b.Item));
                    Add(found, "accepted backlog items or wrote their acceptance criteria", Accepted(person).Select(f => f.Source));
                    break;
                case ScrumRole.ScrumMaster:
                    var ran = _ceremonies.Where(c => c.Person == person).ToList();
                    var kinds = string.Join(", ", ran.GroupBy(c => c.Ceremony).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}"));
                    Add(found, $"ran or scheduled ceremonies ({kinds})", ran.Select(c => c.Source));
                    break;
                default:
                    Add(found, "assigned backlog items", Assigned(person).Select(b => b.Item));
                    var owned = Owns(person).ToList();
                    Add(found, $"owns {string.Join(", ", owned.Select(f => f.Subject).Distinct(StringComparer.OrdinalIgnoreCase))}", owned.Select(f => f.Source));
                    Add(found, "answered questions", Answers(person).Select(f => f.Source));
                    break;
            }

            return found;
        }

        private static void Add(List<RoleEvidence> found, string what, IEnumerable<ItemView> sources)
        {
            var all = sources.DistinctBy(s => s.RowId).ToList();
            if (all.Count > 0)
            {
                found.Add(new RoleEvidence(what, all.Count, [.. all.OrderByDescending(s => s.Timestamp).Take(SourcesShown)]));
            }
        }

        private IEnumerable<BacklogItem> Stories(long person) => backlog.Where(b => b.Item.AuthorId == person && !IsBug(b));

        private IEnumerable<BacklogItem> Bugs(long person) => backlog.Where(b => b.Item.AuthorId == person && IsBug(b));

        private IEnumerable<BacklogItem> Assigned(long person) => backlog.Where(b => b.Assignees.Any(a => a.PersonId == person));

        private IEnumerable<FactView> Accepted(long person) => _roles.Where(f => f.Status == RoleExtractor.Accepts && f.PersonId == person);

        private IEnumerable<FactView> Owns(long person) => facts.Where(f => f is { Kind: FactKind.Ownership, Current: true } && f.PersonId == person);

        private IEnumerable<FactView> Answers(long person) => facts.Where(f => f.Kind == FactKind.Expertise && f.PersonId == person);

        private static bool IsBug(BacklogItem item) => item.Type is { } type && type.Contains("bug", StringComparison.OrdinalIgnoreCase);

        private static string Subject(ScrumRole role) => role == ScrumRole.ProductOwner ? RoleExtractor.ProductOwner : RoleExtractor.ScrumMaster;
    }

    [GeneratedRegex(@"(?i:\bproduct\s+owner\b)|\bPO\b")]
    private static partial Regex PoTitle();

    [GeneratedRegex(@"\bscrum\s+master\b|\bagile\s+coach\b", RegexOptions.IgnoreCase)]
    private static partial Regex SmTitle();
}
