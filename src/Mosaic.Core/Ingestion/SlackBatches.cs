using Mosaic.Connectors.Slack;
using Mosaic.Domain;
using Mosaic.Store;

namespace Mosaic.Ingestion;

/// Slack messages as records to write, the same for a day file of an export and a page from the Web API, so a message
/// is stored the same however it arrived: authors resolved to people (a user id nobody listed gets a placeholder, once,
/// with a warning), integrations posting under a bot id, joins and leaves as membership events, and the same message
/// twice keeping the later one. UsersFrom names the list people come from ("users.json") in those warnings.
internal sealed class SlackBatches(SlackItems items, string usersFrom, List<ImportProblem> problems, string? app = null)
{
    /// Slack's own bot: never in users.json, yet it authors tombstones and reminders.
    private const string SlackbotId = "USLACKBOT";

    private readonly HashSet<PersonRef> _written = [];

    /// People already written (or in a batch about to be) need no record of their own.
    public void Written(IEnumerable<PersonRef> people) => _written.UnionWith(people);

    /// One conversation's messages from one place (a day file, a page), as a batch.
    public ImportBatch Messages(string where, string conversationId, IEnumerable<SlackMessage> messages)
    {
        var people = new List<PersonRecord>();
        var events = new List<MembershipEvent>();
        var list = new List<ItemRecord>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var m in messages)
        {
            var place = $"message ts {m.Ts}";
            PersonRef? author = null;
            if (m.User is { } user)
            {
                author = Person(user, people, where, place);
            }
            else if (m.BotId is { } botId)
            {
                author = Bot(botId, m.BotName, people);
            }

            var item = SlackItems.AsSeenByApp(items.Item(conversationId, m, author), m, app);
            if (item.Kind is "join" or "leave" && author is { } member && m.User is not null)
            {
                events.Add(new MembershipEvent(SlackItems.Source, conversationId, member, item.Kind == "join", m.Time));
            }

            if (seen.TryGetValue(m.Ts, out var earlier))
            {
                problems.Add(new ImportProblem(where, place, "the same ts appears twice here; kept the later message", IsError: false));
                list[earlier] = item;
            }
            else
            {
                seen[m.Ts] = list.Count;
                list.Add(item);
            }
        }

        return ImportBatch.OfItems(where, people, events, list);
    }

    /// The person for a Slack user id; someone not listed gets a placeholder (once) and a warning.
    public PersonRef Person(string userId, List<PersonRecord> batchPeople, string where, string place)
    {
        var key = PersonRef.Slack(userId);
        if (userId == SlackbotId && _written.Add(key))
        {
            batchPeople.Add(new PersonRecord(key, "Slackbot", "slackbot", null, null, null, IsBot: true, IsPlaceholder: false, []));
        }
        else if (_written.Add(key))
        {
            batchPeople.Add(new PersonRecord(key, userId, null, null, null, null, IsBot: false, IsPlaceholder: true, []));
            problems.Add(new ImportProblem(where, place, $"{userId} is not in {usersFrom}; kept under a placeholder person named {userId}", IsError: false));
        }

        return key;
    }

    private PersonRef Bot(string botId, string? name, List<PersonRecord> batchPeople)
    {
        var bot = SlackItems.Bot(botId, name);
        if (_written.Add(bot.Key))
        {
            batchPeople.Add(bot);
        }

        return bot.Key;
    }
}
