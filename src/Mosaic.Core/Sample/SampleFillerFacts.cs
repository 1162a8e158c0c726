using Mosaic.Team;

namespace Mosaic.Sample;

/// The facts filler lines state, so the fact ground truth covers filler as well as storylines. Read like an annotator:
/// a commitment ("I'll …") is the author's action item, a request ("can you …") the addressee's: the person mentioned,
/// the thread's starter, or the other side of a DM. Vague lines ("I'll check", "On it", "Will do"), offers ("I can
/// help") and requests to nobody in particular ("could someone review?") state none.
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
    };

    /// Records the fact a filler message states, if its template states one.
    public static void Label(SampleDraft d, SampleMessage message, string template, SamplePerson? threadStarter = null)
    {
        if (!Lines.TryGetValue(template, out var line))
        {
            return;
        }

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
