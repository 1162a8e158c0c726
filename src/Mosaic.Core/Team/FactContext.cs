using Mosaic.Domain;

namespace Mosaic.Team;

/// What an extractor may know besides the item: the people (to resolve "@maya" or "Priya" to a person, and an
/// author's time zone for "by Thursday").
public sealed class FactContext(IReadOnlyList<Person> people)
{
    private readonly Dictionary<string, Person> _byName = people
        .SelectMany(p => p.Identities.Select(i => i.Value).Append(p.DisplayName).Concat(p.Username is null ? [] : [p.Username]).Select(n => (Name: n, Person: p)))
        .GroupBy(x => x.Name, StringComparer.OrdinalIgnoreCase)
        .Where(g => g.Select(x => x.Person.Id).Distinct().Count() == 1)
        .ToDictionary(g => g.Key, g => g.First().Person, StringComparer.OrdinalIgnoreCase);

    private readonly Dictionary<long, Person> _byId = people.ToDictionary(p => p.Id);

    public static FactContext Empty { get; } = new([]);

    public IReadOnlyList<Person> People { get; } = people;

    /// The one person a name or handle ("@maya", "Maya", "maya@harbor.example") means; null when none or several.
    public Person? Named(string name) => _byName.GetValueOrDefault(name.Trim().TrimStart('@'));

    public Person? ById(long? id) => id is { } known ? _byId.GetValueOrDefault(known) : null;
}
