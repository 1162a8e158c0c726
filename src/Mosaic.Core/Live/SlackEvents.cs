using System.Text.Json;
using Mosaic.Connectors.Slack;
using Mosaic.Domain;
using Mosaic.Ingestion;
using Mosaic.Store;

namespace Mosaic.Live;

/// Applies Slack Events API deliveries to the store, as an import of the same data would: messages, edits,
/// deletions, membership, conversations and people. Returns the question when the event puts one to the app.
/// Messages that name the app and the app's own replies are stored but never searched: the question is not its
/// own evidence, and Mosaic does not cite itself.
public sealed class SlackEvents(IContentStore store, IDirectory directory)
{
    private const string Source = SlackItems.Source;

    public async Task<SlackMention?> ApplyAsync(string body, CancellationToken ct = default)
    {
        using var document = JsonDocument.Parse(body);
        var envelope = JsonFields.Of(document.RootElement, "the event envelope");
        if (envelope.String("type") != "event_callback")
        {
            return null;
        }

        var bot = document.RootElement.TryGetProperty("authorizations", out var auths) && auths.ValueKind == JsonValueKind.Array
            ? auths.EnumerateArray().Select(a => JsonFields.Of(a, "an authorization")).Where(a => a.Bool("is_bot")).Select(a => a.String("user_id")).FirstOrDefault()
            : null;
        var e = document.RootElement.GetProperty("event");
        var fields = JsonFields.Of(e, "\"event\"");
        var type = fields.RequiredString("type");
        switch (type)
        {
            case "message" or "app_mention":
                return await MessageAsync(e, fields, bot, ct);
            case "member_joined_channel" or "member_left_channel":
                await MembershipAsync(fields.RequiredString("channel"), fields.String("channel_type"), fields.RequiredString("user"), type == "member_joined_channel", EventTime(fields), ct);
                return null;
            case "channel_created" or "group_created":
                await ConversationCreatedAsync(JsonFields.Of(e.GetProperty("channel"), "\"channel\""), type == "group_created", ct);
                return null;
            case "channel_rename" or "group_rename":
                var renamed = JsonFields.Of(e.GetProperty("channel"), "\"channel\"");
                await ChangeConversationAsync(renamed.RequiredString("id"), type == "group_rename", c => c with { Name = renamed.RequiredString("name") }, ct);
                return null;
            case "channel_archive" or "group_archive" or "channel_unarchive" or "group_unarchive":
                await ChangeConversationAsync(fields.RequiredString("channel"), type.StartsWith("group", StringComparison.Ordinal), c => c with { Archived = type is "channel_archive" or "group_archive" }, ct);
                return null;
            case "user_change" or "team_join":
                var user = SlackJson.User(e.GetProperty("user"));
                await store.WriteAsync(new ImportBatch($"{type} {user.Id}", null, [SlackItems.Person(user)], [], [], []), ct);
                return null;
            default:
                // Subscribed to more than Mosaic uses, or a new event type: acknowledged and left alone.
                return null;
        }
    }

    private async Task<SlackMention?> MessageAsync(JsonElement e, JsonFields fields, string? bot, CancellationToken ct)
    {
        var channel = fields.RequiredString("channel");
        var channelType = fields.String("channel_type");
        var label = $"message in {channel}";
        switch (fields.String("subtype"))
        {
            case "message_deleted":
                await store.RemoveAsync(Source, [SlackItems.NativeId(channel, fields.RequiredString("deleted_ts"))], ct);
                return null;
            case "message_changed":
                var changed = SlackJson.Message(e.GetProperty("message"));
                if (changed is not null)
                {
                    await WriteMessageAsync(channel, channelType, changed, bot, label, posted: false, ct);
                }

                return null;
        }

        var message = SlackJson.Message(e);
        if (message is null)
        {
            return null;
        }

        // The same message arrives twice when the app is both mentioned and subscribed to the channel's messages;
        // only the app_mention asks (and a direct message to the app, which has no mention).
        var asks = message.User is { } asker && asker != bot && message.Subtype is null or "thread_broadcast" or "file_share"
            && (fields.String("type") == "app_mention" || (channelType == "im" && !message.Text.Contains($"<@{bot}>", StringComparison.Ordinal)));
        await WriteMessageAsync(channel, channelType, message, bot, label, posted: true, ct);
        return asks
            ? new SlackMention(channel, channelType == "im", message.User!, message.Ts, message.ThreadTs, message.Text, message.Time, bot)
            : null;
    }

    /// Posted is true for a message being posted now; an edit may touch an old message whose author has since left,
    /// so only posting (or a join or leave) says who is in the conversation.
    private async Task WriteMessageAsync(string channel, string? channelType, SlackMessage m, string? bot, string label, bool posted, CancellationToken ct)
    {
        var people = await directory.ListPeopleAsync(null, ct);
        var names = people
            .SelectMany(p => p.Identities.Where(i => i.Kind == IdentityKind.SlackId).Select(i => (i.Value, p.Handle)))
            .DistinctBy(x => x.Value)
            .ToDictionary(x => x.Value, x => x.Handle, StringComparer.Ordinal);
        var batchPeople = new List<PersonRecord>();
        var events = new List<MembershipEvent>();
        PersonRef? author = null;
        if (m.User is { } user)
        {
            author = PersonRef.Slack(user);
            if (!names.ContainsKey(user))
            {
                // Someone Mosaic has not seen yet (joined after the import): a placeholder until user_change names them.
                batchPeople.Add(new PersonRecord(author.Value, user, null, null, null, null, IsBot: user == bot, IsPlaceholder: true, []));
            }
        }
        else if (m.BotId is { } botId)
        {
            var record = SlackItems.Bot(botId, m.BotName);
            batchPeople.Add(record);
            author = record.Key;
        }

        var conversation = await EnsureConversationAsync(channel, channelType, ct);
        var item = SlackItems.AsSeenByApp(new SlackItems(names.GetValueOrDefault, _ => null).Item(channel, m, author), m, bot);

        if (posted && author is { } a && m.User is not null && (item.Kind is "join" or "leave" || !await IsMemberAsync(people, conversation, m.User, ct)))
        {
            // Posting in a conversation means being in it; joins and leaves say so outright.
            events.Add(new MembershipEvent(Source, channel, a, item.Kind != "leave", m.Time) { Live = true });
        }

        await store.WriteAsync(ImportBatch.OfItems(label, batchPeople, events, [item]), ct);
    }

    private async Task<bool> IsMemberAsync(IReadOnlyList<Person> people, ConversationRecord conversation, string userId, CancellationToken ct)
    {
        var person = people.FirstOrDefault(p => p.Identities.Any(i => i.Kind == IdentityKind.SlackId && i.Value == userId));
        return person is not null && (await directory.ListConversationsAsync(person.Id, ct)).Any(c => c.NativeId == conversation.NativeId && c.IsMember);
    }

    private async Task MembershipAsync(string channel, string? channelType, string user, bool joined, DateTimeOffset at, CancellationToken ct)
    {
        await EnsureConversationAsync(channel, channelType, ct);
        var known = (await directory.ListPeopleAsync(null, ct)).Any(p => p.Identities.Any(i => i.Kind == IdentityKind.SlackId && i.Value == user));
        IReadOnlyList<PersonRecord> people = known ? [] : [new PersonRecord(PersonRef.Slack(user), user, null, null, null, null, false, IsPlaceholder: true, [])];
        await store.WriteAsync(ImportBatch.OfItems($"membership of {user} in {channel}", people, [new MembershipEvent(Source, channel, PersonRef.Slack(user), joined, at) { Live = true }], []), ct);
    }

    private async Task ConversationCreatedAsync(JsonFields channel, bool isPrivate, CancellationToken ct)
    {
        var created = channel.Long("created");
        var record = new ConversationRecord(
            Source, channel.RequiredString("id"), isPrivate ? ConversationKind.PrivateChannel : ConversationKind.PublicChannel, channel.RequiredString("name"),
            null, null, created is { } s ? SlackTs.FromUnixSeconds(s) : null, false, null);
        await store.WriteAsync(new ImportBatch($"{record.Name} created", null, [], [record], [], []), ct);
        if (channel.String("creator") is { } creator)
        {
            await MembershipAsync(record.NativeId, isPrivate ? "group" : "channel", creator, joined: true, record.Created ?? DateTimeOffset.UtcNow, ct);
        }
    }

    private async Task ChangeConversationAsync(string channel, bool isPrivate, Func<ConversationRecord, ConversationRecord> change, CancellationToken ct)
    {
        var stored = await EnsureConversationAsync(channel, isPrivate ? "group" : "channel", ct);
        await store.WriteAsync(new ImportBatch($"{channel} changed", null, [], [change(stored)], [], []), ct);
    }

    /// The stored conversation, or a new one named by its id until a rename or a backfill names it.
    private async Task<ConversationRecord> EnsureConversationAsync(string channel, string? channelType, CancellationToken ct)
    {
        if (await directory.FindConversationAsync(Source, channel, ct) is { } stored)
        {
            return stored;
        }

        var kind = channelType switch
        {
            "group" => ConversationKind.PrivateChannel,
            "im" => ConversationKind.DirectMessage,
            "mpim" => ConversationKind.GroupDirectMessage,
            "channel" => ConversationKind.PublicChannel,
            // Slack ids say it when the event does not: C… channels, G… private or group, D… direct messages.
            _ => channel[0] switch { 'D' => ConversationKind.DirectMessage, 'G' => ConversationKind.PrivateChannel, _ => ConversationKind.PublicChannel },
        };
        var record = new ConversationRecord(Source, channel, kind, channel, null, null, null, false, null);
        await store.WriteAsync(new ImportBatch($"{channel} seen", null, [], [record], [], []), ct);
        return record;
    }

    private static DateTimeOffset EventTime(JsonFields fields) =>
        fields.String("event_ts") is { } ts && SlackTs.TryParse(ts, out var time) ? time : DateTimeOffset.UtcNow;
}
