using Mosaic.Domain;
using Mosaic.Store;

namespace Mosaic.Retrieval;

/// Turns the names people type (a Slack id, username, display name or email; #channel, channel or its id)
/// into the person or conversation they mean. An unknown or ambiguous name is an error listing close matches.
public sealed class NameResolver(IDirectory directory)
{
    private IReadOnlyList<Person>? _people;

    public async Task<Person> PersonAsync(string name, CancellationToken ct = default)
    {
        var wanted = name.Trim().TrimStart('@');
        var people = _people ??= await directory.ListPeopleAsync(null, ct);
        if (people.Count == 0)
        {
            throw new MosaicException("No people are known yet: import a Slack export first (mosaic import slack PATH).");
        }

        var matches = people.Where(p => NamesOf(p).Any(n => n.Equals(wanted, StringComparison.OrdinalIgnoreCase))).ToList();
        if (matches.Count > 1)
        {
            // The identity mapping file settles what names alone cannot.
            var mapped = matches.Where(p => p.Identities.Any(i => i.Origin == "map" && i.Value.Equals(wanted, StringComparison.OrdinalIgnoreCase))).ToList();
            matches = mapped.Count == 1 ? mapped : matches;
        }

        if (matches.Count == 1)
        {
            return matches[0];
        }

        if (matches.Count > 1)
        {
            throw new MosaicException(
                $"\"{name}\" could be {matches.Count} people: {string.Join("; ", matches.Select(Describe))}. Use a Slack id, username or email.");
        }

        var close = Closest(people, NamesOf, wanted).Select(Describe).ToList();
        throw new MosaicException(close.Count > 0
            ? $"No person named \"{name}\". Close matches: {string.Join("; ", close)}."
            : $"No person named \"{name}\". People here include: {string.Join(", ", people.Where(p => !p.IsBot).Take(8).Select(p => p.Handle))}.");
    }

    /// The person with this Mosaic id (an API token's owner); null when they are no longer known.
    public async Task<Person?> PersonAsync(long id, CancellationToken ct = default) =>
        (_people ??= await directory.ListPeopleAsync(null, ct)).FirstOrDefault(p => p.Id == id);

    /// A conversation the viewer may know exists (public channels and their own conversations); without a viewer, any
    /// conversation, for the commands of whoever holds the database.
    public async Task<Conversation> ConversationAsync(string name, Person? viewer, CancellationToken ct = default)
    {
        var wanted = name.Trim().TrimStart('#');
        var conversations = await directory.ListConversationsAsync(viewer?.Id, ct);
        var match = conversations.FirstOrDefault(c => c.NativeId.Equals(wanted, StringComparison.OrdinalIgnoreCase))
            ?? conversations.FirstOrDefault(c => c.Name.Equals(wanted, StringComparison.OrdinalIgnoreCase) || c.Label.Equals(name.Trim(), StringComparison.OrdinalIgnoreCase));
        if (match is not null)
        {
            return match;
        }

        var close = Closest(conversations, c => [c.Name, c.NativeId], wanted).Select(c => c.Label).ToList();
        var known = viewer is null ? "" : $" that {viewer.Handle} can see";
        throw new MosaicException(close.Count > 0
            ? $"No conversation named \"{name}\"{known}. Close matches: {string.Join(", ", close)}."
            : $"No conversation named \"{name}\"{known}.");
    }

    private static IEnumerable<string> NamesOf(Person p) =>
        p.Identities.Select(i => i.Value).Append(p.DisplayName).Concat(p.Username is null ? [] : [p.Username]);

    private static string Describe(Person p)
    {
        var id = p.Identities.FirstOrDefault(i => i.Kind == IdentityKind.SlackId)?.Value;
        var details = new[] { p.RealName, id }.Where(s => !string.IsNullOrEmpty(s) && s != p.Handle);
        var inner = string.Join(", ", details);
        return inner.Length == 0 ? p.Handle : $"{p.Handle} ({inner})";
    }

    private static IEnumerable<T> Closest<T>(IEnumerable<T> candidates, Func<T, IEnumerable<string>> names, string wanted)
    {
        var lower = wanted.ToLowerInvariant();
        return candidates
            .Select(c => (Candidate: c, Distance: names(c).Select(n => Distance(n.ToLowerInvariant(), lower)).DefaultIfEmpty(int.MaxValue).Min()))
            .Where(x => x.Distance <= Math.Max(2, lower.Length / 3))
            .OrderBy(x => x.Distance)
            .Take(5)
            .Select(x => x.Candidate);
    }

    /// Edit distance, with a name that starts with or contains the wanted text counted as close.
    private static int Distance(string name, string wanted)
    {
        if (wanted.Length >= 3 && (name.StartsWith(wanted, StringComparison.Ordinal) || name.Contains(wanted, StringComparison.Ordinal)))
        {
            return 1;
        }

        var previous = new int[wanted.Length + 1];
        var current = new int[wanted.Length + 1];
        for (var j = 0; j <= wanted.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= name.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= wanted.Length; j++)
            {
                var cost = name[i - 1] == wanted[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[wanted.Length];
    }
}
