using System.Text;
using System.Text.RegularExpressions;
using Mosaic.Answering;
using Mosaic.Connectors.Slack;
using Mosaic.Requests;
using Mosaic.Retrieval;
using Mosaic.Store;
using Mosaic.Team;

namespace Mosaic.Live;

/// Answers a question put to the app in Slack: a placeholder in the thread at once, then the answer in its place,
/// built only from what every member of the conversation may see (in a direct message, from what the asker may
/// see). When the asker alone may see more that answers it, that is offered to them in an ephemeral message that
/// nobody else sees.
public sealed partial class SlackTeammate(IContentStore store, IDirectory directory, IAnswerer answerer, IAuditLog audit, SlackWebApi slack)
{
    public const string Placeholder = "Looking…";

    /// Earlier questions of a thread that are carried into a follow-up's search.
    private const int ThreadQuestions = 3;

    public async Task AnswerAsync(SlackMention mention, CancellationToken ct = default)
    {
        var botUserId = mention.App;
        var question = Question(mention.Text, botUserId);
        var requests = new RequestFactory(new NameResolver(directory));
        // The stores Mosaic runs on hold the team model too; one that does not is answered by search alone.
        var team = store is IFacts facts && store is IBacklog backlog
            ? new TeamAnswerer(facts, backlog, new FactPipeline(facts, directory, FactPipeline.Rules), store is IRoleSettings settings ? new RoleFinder(settings, backlog, directory) : null)
            : null;
        var queries = new QueryService(store, directory, answerer, audit, team: team);
        Request request;
        try
        {
            request = await requests.CreateAsync(mention.User, mention.DirectMessage ? null : mention.Channel, ct);
        }
        catch (MosaicException e) when (e is not SlackApiException)
        {
            // Someone Mosaic does not count as a member (they left before this reached it): only they hear why.
            await slack.PostEphemeralAsync(mention.Channel, mention.User, Escape(e.Message), mention.ReplyThread, ct);
            return;
        }

        var placeholder = await slack.PostMessageAsync(mention.Channel, Placeholder, mention.DirectMessage && mention.ThreadTs is null ? null : mention.ReplyThread, ct);
        AskResponse answer;
        string search;
        try
        {
            search = await WithThreadAsync(mention, question, botUserId, ct);
            answer = await queries.AskAsync(request, search, mention.Time, ct);
        }
        catch (MosaicException e) when (e is not SlackApiException)
        {
            await slack.UpdateMessageAsync(mention.Channel, placeholder, Escape(e.Message), ct);
            return;
        }

        await slack.UpdateMessageAsync(mention.Channel, placeholder, Mrkdwn(answer, request.AudienceLabel), ct);
        if (mention.DirectMessage)
        {
            return;
        }

        // The asker alone may see more (their own slice, their private conversations): offered to them, privately.
        var alone = await requests.CreateAsync(mention.User, null, ct);
        var mine = await queries.AskAsync(alone, search, mention.Time, ct);
        var shown = answer.Citations.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        if (mine.Citations.Any(c => !shown.Contains(c.Id)))
        {
            await slack.PostEphemeralAsync(mention.Channel, mention.User, $"_Only you can see this: from what you alone may see_\n{Mrkdwn(mine, "you")}", mention.ReplyThread, ct);
        }
    }

    /// A follow-up in a thread ("and who owns it?") is searched with the thread's earlier questions and its first
    /// message, so it keeps their subject.
    private async Task<string> WithThreadAsync(SlackMention mention, string question, string? botUserId, CancellationToken ct)
    {
        if (mention.ThreadTs is null || mention.ThreadTs == mention.Ts)
        {
            return question;
        }

        var thread = await slack.RepliesAsync(mention.Channel, mention.ThreadTs, ct);
        var earlier = thread
            .Where(m => string.CompareOrdinal(m.Ts, mention.Ts) < 0 && m.User != botUserId && m.BotId is null)
            .Where(m => m.Ts == mention.ThreadTs || (botUserId is not null && m.Text.Contains($"<@{botUserId}>", StringComparison.Ordinal)))
            .TakeLast(ThreadQuestions)
            .Select(m => Question(m.Text, botUserId));
        return string.Join(' ', earlier.Append(question));
    }

    /// The question without the app's mention and Slack's markup.
    public static string Question(string text, string? botUserId)
    {
        var without = botUserId is null ? text : text.Replace($"<@{botUserId}>", " ", StringComparison.Ordinal);
        return SlackText.Render(without, _ => null, _ => null).Trim();
    }

    /// An answer as Slack mrkdwn: the text with its [n] markers linked to the sources, then the sources listed.
    public static string Mrkdwn(AskResponse answer, string audience)
    {
        var links = answer.Citations.Where(c => c.N is not null).ToDictionary(c => c.N!.Value);
        var text = Marker().Replace(Escape(answer.Answer), m =>
            links.TryGetValue(int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), out var c) && c.Url is { } url ? $"<{url}|[{c.N}]>" : m.Value);
        var reply = new StringBuilder(text);
        if (answer.Citations.Count > 0)
        {
            reply.Append("\n\n*Sources*");
            foreach (var c in answer.Citations)
            {
                var where = string.Join(", ", new[] { c.Conversation, c.Author is null ? null : "@" + c.Author, c.Timestamp[..10] }.Where(s => s is not null));
                reply.Append('\n').Append(c.Url is { } url ? $"<{url}|[{c.N}] {Escape(where)}>" : $"[{c.N}] {Escape(where)}");
            }
        }

        reply.Append(audience == "you" ? "\n_From what you may see._" : "\n_For " + Escape(audience) + ": only what every member may see._");
        return reply.ToString();
    }

    /// Slack mrkdwn treats &, < and > as control characters.
    private static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex Marker();
}
