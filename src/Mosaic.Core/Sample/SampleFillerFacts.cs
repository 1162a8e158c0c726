using Mosaic.Team;

namespace Mosaic.Sample;

/// The facts filler lines state, so the fact ground truth covers filler as well as storylines. Read like an annotator:
/// a commitment ("I'll …") is the author's action item, a request ("can you …") the addressee's: the person mentioned,
/// the thread's starter, or the other side of a DM. Vague lines ("I'll check", "On it", "Will do"), offers ("I can
/// help") and requests to nobody in particular ("could someone review?") state none. An answer to a question asking
/// to know something shows its author knows the topic.
internal static class SampleFillerFacts
{
    private enum Who
    {
        Author,
        Mentioned,
        ThreadStarter,
        DmPartner,
        Nobody,
    }

    private static readonly Dictionary<string, (FactKind Kind, string About, Who Who)> Lines = new(StringComparer.Ordinal)
    {
        ["Flaky again: `SwapApprovalTests` timed out on {ci}. I'll quarantine it."] = (FactKind.ActionItem, "quarantine", Who.Author),
        ["I'll take a look after lunch."] = (FactKind.ActionItem, "take look", Who.Author),
        ["I'll write a short summary."] = (FactKind.ActionItem, "write short summary", Who.Author),
        ["Performance reviews start in December, I'll share the template."] = (FactKind.ActionItem, "share template", Who.Author),
        ["I'll follow up with finance."] = (FactKind.ActionItem, "follow finance", Who.Author),
        ["I'll update the Figma component."] = (FactKind.ActionItem, "update figma component", Who.Author),
        ["{who} could you take a look at {pr} when you have a minute? It's the {service} part of {myticket}."] = (FactKind.ActionItem, "take look", Who.Mentioned),
        ["Can you add a test for the empty rota case?"] = (FactKind.ActionItem, "add test empty rota case", Who.ThreadStarter),
        ["Can you file it with repro steps?"] = (FactKind.ActionItem, "file repro steps", Who.ThreadStarter),
        ["Can you sanity-check my estimate for {ticket}?"] = (FactKind.ActionItem, "sanity-check estimate", Who.DmPartner),
        ["Got a minute to look at {ticket}?"] = (FactKind.ActionItem, "look", Who.DmPartner),
        ["Let's go with the web version."] = (FactKind.Decision, "web version", Who.Nobody),

        // Answers that show someone knows: to a question asking to know something, from someone other than its asker.
        // Not: "Works for me, maybe your VPN?" (a guess and a question back), "Not yet, worth a ticket", opinions
        // ("Option B, it's clearer") and social answers ("Count me in").
        ["I think it was for the {provider} sandbox, which was flaky back then."] = (FactKind.Expertise, "sandbox flaky", Who.Author),
        ["It was a workaround for timeouts last spring, happy to lower it."] = (FactKind.Expertise, "workaround timeouts", Who.Author),
        ["The clinic's time zone, always. People travel, rotas don't."] = (FactKind.Expertise, "clinic time zone", Who.Author),
        ["Clinic time zone. The user's only for display in notifications."] = (FactKind.Expertise, "clinic time zone", Who.Author),
        ["It was redeploying, try again now."] = (FactKind.Expertise, "redeploying", Who.Author),
        ["They're in `test/fixtures/rotas`, the night shift one is `rota_nights.json`."] = (FactKind.Expertise, "night shift", Who.Author),
        ["We use the CLI, ngrok kept changing URLs."] = (FactKind.Expertise, "cli ngrok", Who.Author),
        ["Every service has `/healthz`, but the app should use the API status endpoint instead."] = (FactKind.Expertise, "api status endpoint", Who.Author),
        ["Go ahead and remove it, nothing calls it anymore."] = (FactKind.Expertise, "remove calls", Who.Author),
        ["Keep it until the old Android app is gone, it still calls it."] = (FactKind.Expertise, "android app", Who.Author),
        ["Flags table. Env vars are only for secrets."] = (FactKind.Expertise, "flags table", Who.Author),
        ["Already in the bundle, just import it."] = (FactKind.Expertise, "bundle import", Who.Author),
        ["Probably, swaps are locked while the rebuild runs and it starts later on staging."] = (FactKind.Expertise, "swaps locked rebuild", Who.Author),
        ["Check the lock table, I bet it's the furnace again."] = (FactKind.Expertise, "lock table furnace", Who.Author),
        ["It's a queue, with retries."] = (FactKind.Expertise, "queue retries", Who.Author),
        ["Queue. There's a diagram in <https://harbor.example/wiki/api-conventions|API conventions>."] = (FactKind.Expertise, "queue diagram", Who.Author),
        ["Sent it to you in a DM."] = (FactKind.Expertise, "sent dm", Who.Author),
        ["It's in the shared vault under Staging."] = (FactKind.Expertise, "shared vault staging", Who.Author),
        ["I did last sprint, most of the time goes into an N+1 on staff roles."] = (FactKind.Expertise, "staff roles", Who.Author),
        ["Polling every 30s is fine for now."] = (FactKind.Expertise, "polling", Who.Author),
        ["Live updates are feasible, but not this sprint."] = (FactKind.Expertise, "live updates feasible", Who.Author),
        ["Swap, and we translate it per locale anyway."] = (FactKind.Expertise, "translate locale", Who.Author),
    };

    /// Replies that answer only when the thread's root asks something ("Should be fixed by #12" to "is the lint job
    /// broken?"); under a report they are a comment.
    private static readonly Dictionary<string, string> AnswersWhenAsked = new(StringComparer.Ordinal)
    {
        ["Should be fixed by {pr}."] = "fixed",
    };

    /// Records the fact a filler message states, if its template states one.
    public static void Label(SampleDraft d, SampleMessage message, string template, SampleMessage? root = null)
    {
        if (root is not null && root.Text.Contains('?', StringComparison.Ordinal) && AnswersWhenAsked.TryGetValue(template, out var about))
        {
            d.Fact(FactKind.Expertise, message, about, message.Author);
        }

        if (!Lines.TryGetValue(template, out var line))
        {
            return;
        }

        var threadStarter = root?.Author;

        var person = line.Who switch
        {
            Who.Author => message.Author,
            Who.Mentioned => d.Team.People.FirstOrDefault(p => message.Text.Contains(p.Mention, StringComparison.Ordinal)),
            Who.ThreadStarter => threadStarter,
            Who.DmPartner => message.Conversation.Founders.Count == 2 ? message.Conversation.Founders.Single(p => p != message.Author) : null,
            _ => null,
        };
        d.Fact(line.Kind, message, line.About, person);
    }
}
