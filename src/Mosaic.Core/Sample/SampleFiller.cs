using Mosaic.Team;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace Mosaic.Sample;

/// Generates the everyday chatter around the storylines: standups, reviews, deploys, banter.
/// Everything random comes from the one seeded Random, consumed in a fixed order, so a seed always
/// yields the same workspace. Filler never claims an owner, a decision or a definition.
[SuppressMessage("Security", "CA5394:Do not use insecure randomness", Justification = "Seeded on purpose: the sample must be reproducible.")]
internal sealed class SampleFiller(SampleDraft draft, Random rng)
{
    internal static readonly DateOnly FirstDay = new(2025, 9, 1);
    internal static readonly DateOnly LastDay = new(2025, 11, 28);
    private static readonly DateOnly StandupMoved = new(2025, 10, 13);
    private static readonly DateOnly BerlinWinter = new(2025, 10, 27);
    private static readonly DateOnly AdyenChosen = new(2025, 10, 22);
    private static readonly DateOnly LuxonChosen = new(2025, 10, 15);
    private static readonly DateOnly LucideChosen = new(2025, 10, 29);
    private static readonly DateOnly ReleaseTrains = new(2025, 9, 29);
    private static readonly DateOnly ReleaseWeek = new(2025, 11, 17);
    private static readonly DateOnly Release20 = new(2025, 11, 20);

    // Days where a storyline already posts the thing filler would post, so filler stays out of the way.
    private static readonly DateOnly[] StorylineFurnaceDays = [new(2025, 9, 30), new(2025, 10, 1), new(2025, 10, 2)];
    private static readonly DateOnly[] StorylineProductionDays = [new(2025, 10, 9), new(2025, 11, 20)];
    private static readonly DateOnly StorylinePlanning = new(2025, 11, 10);
    private static readonly DateOnly StorylineRetro = new(2025, 11, 20);

    private readonly SampleTeam _t = draft.Team;
    private int _stagingBuild;

    public void Write()
    {
        for (var day = FirstDay; day <= LastDay; day = day.AddDays(1))
        {
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                continue;
            }
            Bot(day);
            Standups(day);
            Channel(day, _t.Dev, 7, 12, 0.45, 1, 6, DevRoot);
            Channel(day, _t.Design, 2, 5, 0.45, 1, 4, _ => (Pick(SampleFillerText.DesignRoots), SampleFillerText.DesignReplies));
            Channel(day, _t.General, 1, 3, 0.25, 1, 3, _ => (Pick(SampleFillerText.GeneralRoots), SampleFillerText.GeneralReplies));
            Channel(day, _t.Random, 2, 5, 0.5, 1, 4, _ => (Pick(SampleFillerText.RandomRoots), SampleFillerText.RandomReplies));
            Channel(day, _t.Incidents, 0, 3, 0.7, 1, 4, _ => (Pick(SampleFillerText.IncidentRoots), SampleFillerText.IncidentReplies));
            Channel(day, _t.Releases, 0, 2, 0.3, 1, 2, _ => (Pick(SampleFillerText.ReleaseRoots), SampleFillerText.ReleaseReplies));
            Channel(day, _t.Leadership, 0, 3, 0.45, 1, 3, _ => (Pick(SampleFillerText.LeadershipRoots), SampleFillerText.LeadershipReplies));
            Rituals(day);
            foreach (var dm in new[] { _t.DmMayaPriya, _t.DmTomLena, _t.DmDanSofia, _t.DmMayaOmar, _t.DmPriyaDan })
            {
                DirectMessages(day, dm);
            }
            Group(day);
        }
    }

    private static int WeekOf(DateOnly day) => (day.DayNumber - FirstDay.DayNumber) / 7;

    /// The version production runs in a given week: a minor per week in 1.x, then 2.0.0 from release week on.
    private static string ProductionVersion(DateOnly day) => day >= ReleaseWeek
        ? Invariant($"2.0.{Math.Max(0, WeekOf(day) - 11)}")
        : Invariant($"1.{14 + WeekOf(day)}.0");

    private static DateTimeOffset Midnight(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static bool Away(SamplePerson p, DateOnly day, SampleTeam t) =>
        (p == t.Tom && day >= new DateOnly(2025, 11, 17) && day <= new DateOnly(2025, 11, 21))
        || (p == t.Priya && day == new DateOnly(2025, 11, 14))
        || (p == t.Omar && day >= new DateOnly(2025, 10, 23) && day <= new DateOnly(2025, 10, 24))
        || (p == t.Dan && day >= new DateOnly(2025, 9, 3) && day <= new DateOnly(2025, 9, 5));

    /// Deploybot: the nightly furnace report, staging deploys every day, production on release-train Thursdays.
    private void Bot(DateOnly day)
    {
        var midnight = Midnight(day);
        var dayIndex = day.DayNumber - FirstDay.DayNumber;
        if (!StorylineFurnaceDays.Contains(day))
        {
            var minutes = rng.Next(34, 49);
            var failures = rng.Next(10) == 0 ? rng.Next(1, 4) : 0;
            draft.BotPost(_t.Releases, midnight.AddMinutes(120 + minutes).AddSeconds(rng.Next(60)).AddTicks(rng.Next(10_000_000)),
                $":fire: furnace: nightly schedule rebuild finished in {minutes}m ({198 + dayIndex / 2} clinics, {failures} {(failures == 1 ? "failure" : "failures")}).");
        }

        var week = WeekOf(day);
        // Times are drawn first and sorted so build numbers rise through the day.
        var deployTimes = Enumerable.Range(0, rng.Next(1, 4))
            .Select(_ => midnight.AddMinutes(rng.Next(5 * 60, 21 * 60)).AddSeconds(rng.Next(60)).AddTicks(rng.Next(10_000_000)))
            .Order()
            .ToList();
        foreach (var at in deployTimes)
        {
            _stagingBuild++;
            var repo = Pick(SampleFillerText.Repos);
            var next = day > Release20 ? $"2.0.{week - 10}" : day >= ReleaseWeek ? "2.0.0" : $"1.{15 + week}.0";
            var version = $"{next}-rc.{_stagingBuild}";
            var tickets = string.Join("\n", Enumerable.Range(0, rng.Next(1, 4)).Select(_ => $"{Ticket(day)} {Capitalize(Pick(SampleFillerText.Features))}"));
            draft.BotPost(_t.Releases, at, $"Deployed *{repo} {version}* to *staging*",
                new SampleAttachment($"{repo} {version} deployed to staging", $"{repo} {version}", tickets));
        }

        var train = day.DayOfWeek == DayOfWeek.Thursday && (day < ReleaseTrains || week % 2 == 1);
        if (train && !StorylineProductionDays.Contains(day))
        {
            var version = ProductionVersion(day);
            var at = midnight.AddMinutes(8 * 60 + rng.Next(20)).AddSeconds(rng.Next(60)).AddTicks(rng.Next(10_000_000));
            foreach (var repo in new[] { "harbor-api", "harbor-web" })
            {
                at = at.AddMinutes(rng.Next(3, 9));
                draft.BotPost(_t.Releases, at, $"Deployed *{repo} {version}* to *production* :rocket:",
                    new SampleAttachment($"{repo} {version} deployed to production", $"{repo} {version}",
                        $"{Ticket(day)} {Capitalize(Pick(SampleFillerText.Features))}\n{Ticket(day)} {Capitalize(Pick(SampleFillerText.Features))}"));
            }
        }
    }

    private void Standups(DateOnly day)
    {
        // 9:30 Berlin until the move, then 15:00 Berlin (13:00 UTC in summer time, 14:00 after the clocks change).
        var standupMinute = day < StandupMoved ? 7 * 60 + 30 : day < BerlinWinter ? 13 * 60 : 14 * 60;
        foreach (var p in _t.People)
        {
            var chance = p.Role switch { SampleRole.ProductOwner => 0.55, SampleRole.ScrumMaster => 0.7, _ => 0.88 };
            if (Away(p, day, _t) || rng.NextDouble() > chance)
            {
                continue;
            }
            var live = standupMinute >= p.WorkStartUtcMinute && standupMinute <= p.WorkEndUtcMinute + 120;
            var minute = live ? standupMinute - rng.Next(5, 45) : p.WorkStartUtcMinute + rng.Next(0, 60);
            var at = Midnight(day).AddMinutes(minute).AddSeconds(rng.Next(60)).AddTicks(rng.Next(10_000_000));
            var message = draft.Post(_t.Standup, p, at, StandupText(p, at));
            Decorate(message, day);
            if (rng.NextDouble() < 0.1)
            {
                Thread(message, day, SampleFillerText.StandupReplies, rng.Next(1, 3), 5, 60);
            }
        }
    }

    private string StandupText(SamplePerson p, DateTimeOffset at)
    {
        var (yesterday, today) = p.Role switch
        {
            SampleRole.Developer => (SampleFillerText.DevYesterday, SampleFillerText.DevToday),
            SampleRole.Qa => (SampleFillerText.QaYesterday, SampleFillerText.QaToday),
            SampleRole.Designer => (SampleFillerText.DesignYesterday, SampleFillerText.DesignToday),
            SampleRole.ProductOwner => (SampleFillerText.PoYesterday, SampleFillerText.PoToday),
            _ => (SampleFillerText.SmYesterday, SampleFillerText.SmToday),
        };
        var y = Fill(Pick(yesterday), _t.Standup, p, at);
        if (rng.Next(3) == 0)
        {
            y += ", " + Fill(Pick(yesterday), _t.Standup, p, at);
        }
        var d = Fill(Pick(today), _t.Standup, p, at);
        var blocker = rng.Next(10) < 7 ? null : Fill(Pick(SampleFillerText.Blockers), _t.Standup, p, at);

        // People keep their own format, with the odd lapse.
        var format = rng.Next(5) == 0 ? rng.Next(4) : _t.People.ToList().IndexOf(p) % 4;
        return format switch
        {
            0 => $"*Yesterday:* {y}\n*Today:* {d}\n*Blockers:* {blocker ?? "none"}",
            1 => $"Y: {y}. T: {d}. Blockers: {blocker ?? "none"}",
            2 => $"• {y}\n• {d}\n• blockers: {blocker ?? "none :sunny:"}",
            _ => blocker is null ? $"{Capitalize(y)}, today {d}. No blockers." : $"{Capitalize(y)}, today {d}. Blocked: {blocker}.",
        };
    }

    private (string Root, string[] Replies) DevRoot(DateOnly day) => rng.Next(100) switch
    {
        < 28 => (Pick(SampleFillerText.DevReview), SampleFillerText.DevReviewReplies),
        < 50 => (Pick(SampleFillerText.DevQuestion), SampleFillerText.DevQuestionReplies),
        < 62 => (Pick(SampleFillerText.DevCi), SampleFillerText.DevCiReplies),
        < 85 => (Pick(SampleFillerText.DevFyi), SampleFillerText.AckReplies),
        _ => (Pick(SampleFillerText.DevBug), SampleFillerText.DevBugReplies),
    };

    private void Channel(
        DateOnly day,
        SampleConversation channel,
        int minRoots,
        int maxRoots,
        double threadChance,
        int minReplies,
        int maxReplies,
        Func<DateOnly, (string Root, string[] Replies)> choose)
    {
        var roots = rng.Next(minRoots, maxRoots + 1);
        for (var i = 0; i < roots; i++)
        {
            var (template, replies) = choose(day);
            if (!TrySpeaker(channel, day, out var author, out var at))
            {
                continue;
            }
            var parts = template.Split(" ## ");
            var text = Fill(parts[0], channel, author, at);
            SampleFile? file = null;
            if (channel == _t.Design && rng.Next(100) < 8)
            {
                var slug = Slug(Pick(SampleFillerText.Features));
                file = draft.NewFile($"{slug}-v{rng.Next(2, 9)}.png", $"{Capitalize(slug.Replace('-', ' '))} mockup", "png", "image/png");
            }
            else if (channel == _t.Dev && rng.Next(100) < 2)
            {
                file = draft.NewFile($"screenshot-{day:yyyy-MM-dd}.png", "Screenshot", "png", "image/png");
            }
            var message = draft.Post(channel, author, at, text, file);
            SampleFillerFacts.Label(draft, message, parts[0]);
            Decorate(message, day);
            if (rng.NextDouble() < threadChance)
            {
                // Now and then a discussion runs long, the way real debugging threads do.
                var count = parts.Length > 1 && rng.Next(100) < 12 ? rng.Next(6, 13) : rng.Next(minReplies, maxReplies + 1);
                Thread(message, day, replies, count, 2, 90, parts[1..]);
            }
        }
    }

    /// Replies to a root. The first picks one of the root's own answers when it has any; later ones
    /// come from the pool, where '^' lines are the root author's and the rest everybody else's.
    /// No line repeats within a thread, and a thread simply ends when it runs out of things to say.
    private void Thread(SampleMessage root, DateOnly day, string[] pool, int count, int minGap, int maxGap, string[]? answers = null)
    {
        var authorLines = pool.Where(l => l.StartsWith('^')).Select(l => l[1..]).ToArray();
        var otherLines = pool.Where(l => !l.StartsWith('^')).ToArray();
        var at = root.At;
        var previous = root.Author;
        var said = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            at = at.AddMinutes(rng.Next(minGap, maxGap + 1)).AddSeconds(rng.Next(60)).AddTicks(rng.Next(10_000_000));
            var answering = i == 0 && answers is { Length: > 0 };
            var candidates = root.Conversation.MembersAt(at, _t.People)
                .Where(p => p != previous && !Away(p, DateOnly.FromDateTime(at.UtcDateTime), _t))
                .Where(p => p != root.Author || (!answering && authorLines.Length > 0))
                .ToList();
            if (candidates.Count == 0)
            {
                return;
            }
            var author = candidates[rng.Next(candidates.Count)];
            var lines = answering ? answers! : author == root.Author ? authorLines : otherLines;
            var template = Pick(lines);
            for (var retry = 0; retry < 5 && said.Contains(template); retry++)
            {
                template = Pick(lines);
            }
            if (!said.Add(template))
            {
                return;
            }
            var broadcast = root.Conversation == _t.Dev && rng.Next(100) < 3;
            var reply = draft.Reply(root, author, at, Fill(template, root.Conversation, author, at, root.Author), broadcast);
            SampleFillerFacts.Label(draft, reply, template, root);
            Decorate(reply, day);
            previous = author;
        }
    }

    private void Rituals(DateOnly day)
    {
        var sprint = (day.DayNumber - FirstDay.DayNumber) / 14;
        var sprintDay = (day.DayNumber - FirstDay.DayNumber) % 14;
        if (sprintDay == 0 && day != StorylinePlanning && !Away(_t.Tom, day, _t))
        {
            var tickets = string.Join(", ", Enumerable.Range(0, 4).Select(_ => Ticket(day)).Distinct());
            var at = Midnight(day).AddMinutes(11 * 60 + rng.Next(10, 50)).AddTicks(rng.Next(10_000_000));
            var text = $"Sprint {sprint + 1} planning summary: the goal is {SampleFillerText.SprintGoals[sprint % SampleFillerText.SprintGoals.Length]}. "
                + $"Committed: {tickets}. Stretch: {Pick(SampleFillerText.Features)}.";
            Decorate(draft.Post(_t.General, _t.Tom, at, text), day);
        }
        if (sprintDay == 10 && day != StorylineRetro && !Away(_t.Tom, day, _t))
        {
            var first = Pick(SampleFillerText.RetroAgreements);
            var second = Pick(SampleFillerText.RetroAgreements.Where(a => a != first).ToArray());
            var at = Midnight(day).AddMinutes(14 * 60 + rng.Next(10, 50)).AddTicks(rng.Next(10_000_000));
            var text = string.Create(CultureInfo.InvariantCulture,
                $"Retro notes (sprint {sprint + 1}, {day:MMM d}): we agreed to (1) {first}, (2) {second}. Thanks everyone!");
            var retro = draft.Post(_t.General, _t.Tom, at, text);
            // A retro's agreements are the team's conventions from then on.
            draft.Fact(FactKind.Rhythm, retro, first);
            draft.Fact(FactKind.Rhythm, retro, second);
            Decorate(retro, day);
        }
        if (day.DayOfWeek == DayOfWeek.Wednesday && sprintDay == 9 && day >= ReleaseTrains)
        {
            var version = ProductionVersion(day.AddDays(1))[..^2];
            var at = Midnight(day).AddMinutes(12 * 60 + rng.Next(0, 60)).AddTicks(rng.Next(10_000_000));
            var cutter = Away(_t.Tom, day, _t) ? _t.Lena : _t.Tom;
            Decorate(draft.Post(_t.Releases, cutter, at, $"Release branch `release/{version}` is cut. Merges to main are open again {Pick(SampleFillerText.Emoji)}"), day);
        }
    }

    private void DirectMessages(DateOnly day, SampleConversation dm)
    {
        if (rng.NextDouble() > 0.55)
        {
            return;
        }
        var a = dm.Founders[0];
        var b = dm.Founders[1];
        var opener = rng.Next(2) == 0 ? a : b;
        var other = opener == a ? b : a;
        if (Away(opener, day, _t) || Away(other, day, _t))
        {
            return;
        }
        var at = TimeIn(day, opener);
        var lines = rng.Next(2, 6);
        for (var i = 0; i < lines; i++)
        {
            var speaker = i % 2 == 0 ? opener : other;
            var pool = i == 0 ? SampleFillerText.DmOpeners : i == 1 ? SampleFillerText.DmAnswers : SampleFillerText.DmClosers;
            var template = Pick(pool);
            var message = draft.Post(dm, speaker, at, Fill(template, dm, speaker, at));
            SampleFillerFacts.Label(draft, message, template);
            Decorate(message, day);
            at = at.AddMinutes(rng.Next(1, 25)).AddSeconds(rng.Next(60)).AddTicks(rng.Next(10_000_000));
        }
    }

    private void Group(DateOnly day)
    {
        var g = _t.GroupSofiaArjunOmar;
        if (rng.NextDouble() > 0.45)
        {
            return;
        }
        var lines = rng.Next(2, 6);
        var speaker = g.Founders[rng.Next(g.Founders.Count)];
        var at = TimeIn(day, speaker);
        for (var i = 0; i < lines; i++)
        {
            if (!Away(speaker, day, _t))
            {
                var template = Pick(SampleFillerText.GroupLines);
                var message = draft.Post(g, speaker, at, Fill(template, g, speaker, at));
                SampleFillerFacts.Label(draft, message, template);
                Decorate(message, day);
            }
            speaker = g.Founders.Where(p => p != speaker).ToList()[rng.Next(g.Founders.Count - 1)];
            at = at.AddMinutes(rng.Next(2, 40)).AddSeconds(rng.Next(60)).AddTicks(rng.Next(10_000_000));
        }
    }

    /// Reactions on some messages, and an edit on a few, as real people do.
    private void Decorate(SampleMessage message, DateOnly day)
    {
        if (rng.Next(100) < 16)
        {
            var people = message.Conversation.MembersAt(message.At, _t.People).Where(p => p != message.Author).ToList();
            var kinds = rng.Next(1, 3);
            for (var k = 0; k < kinds && people.Count > 0; k++)
            {
                var name = Pick(SampleFillerText.ReactionNames);
                if (message.Reactions.Any(r => r.Name == name))
                {
                    continue;
                }
                var count = Math.Min(people.Count, rng.Next(1, 5));
                var who = people.OrderBy(_ => rng.Next()).Take(count).OrderBy(p => _t.People.ToList().IndexOf(p)).ToArray();
                message.React(name, who);
            }
        }
        if (rng.Next(100) < 3 && !Away(message.Author!, day, _t))
        {
            message.MarkEdited(TimeSpan.FromSeconds(rng.Next(20, 900)));
        }
    }

    private bool TrySpeaker(SampleConversation channel, DateOnly day, out SamplePerson author, out DateTimeOffset at)
    {
        var end = Midnight(day).AddDays(1);
        var candidates = _t.People.Where(p => (channel.IsMember(p, Midnight(day)) || channel.IsMember(p, end)) && !Away(p, day, _t)).ToList();
        for (var attempt = 0; attempt < 4 && candidates.Count > 0; attempt++)
        {
            author = WeightedPick(candidates, p => Weight(channel, p));
            at = TimeIn(day, author);
            if (channel.IsMember(author, at))
            {
                return true;
            }
        }
        author = _t.Maya;
        at = default;
        return false;
    }

    private double Weight(SampleConversation channel, SamplePerson p)
    {
        if (channel == _t.Dev)
        {
            return p.Role switch { SampleRole.Developer => 3, SampleRole.Qa => 2, _ => 1 };
        }
        if (channel == _t.Design)
        {
            return p == _t.Omar ? 4 : p == _t.Sofia || p == _t.Arjun ? 2 : 1;
        }
        if (channel == _t.Incidents)
        {
            return p == _t.Priya || p == _t.Dan ? 3 : p == _t.Maya ? 0.5 : 1.5;
        }
        if (channel == _t.General)
        {
            return p == _t.Maya || p == _t.Tom ? 3 : 1;
        }
        if (channel == _t.Releases)
        {
            return p == _t.Lena || p == _t.Tom ? 3 : 0.5;
        }
        return 1;
    }

    private SamplePerson WeightedPick(List<SamplePerson> people, Func<SamplePerson, double> weight)
    {
        var total = people.Sum(weight);
        var roll = rng.NextDouble() * total;
        foreach (var p in people)
        {
            roll -= weight(p);
            if (roll < 0)
            {
                return p;
            }
        }
        return people[^1];
    }

    private DateTimeOffset TimeIn(DateOnly day, SamplePerson p) =>
        Midnight(day).AddMinutes(rng.Next(p.WorkStartUtcMinute, p.WorkEndUtcMinute)).AddSeconds(rng.Next(60)).AddTicks(rng.Next(10_000_000));

    /// Fills {placeholders}; {op} is the thread root's author. Unknown names are left as they are, so a
    /// typo shows up in the output.
    private string Fill(string template, SampleConversation conversation, SamplePerson speaker, DateTimeOffset at, SamplePerson? op = null)
    {
        var day = DateOnly.FromDateTime(at.UtcDateTime);
        var sb = new StringBuilder(template.Length + 40);
        string? feature = null;
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            var close = open < 0 ? -1 : template.IndexOf('}', open);
            if (close < 0)
            {
                sb.Append(template, i, template.Length - i);
                break;
            }
            sb.Append(template, i, open - i);
            var token = template[(open + 1)..close];
            sb.Append(token switch
            {
                "ticket" => Ticket(day),
                "myticket" => Ticket(day, speaker),
                "feature" => feature = Pick(SampleFillerText.Features),
                "service" => Pick(SampleFillerText.Services),
                "repo" => Pick(SampleFillerText.Repos),
                "pr" => PullRequest(),
                "ci" => Invariant($"<https://ci.harbor.example/builds/{rng.Next(4000, 9999)}>"),
                "figma" => Figma(feature ??= Pick(SampleFillerText.Features)),
                "wiki" => $"<https://harbor.example/wiki/{Pick(SampleFillerText.WikiPages)}>",
                "who" => Other(conversation, speaker, at)?.Mention ?? "everyone",
                "name" => Other(conversation, speaker, at)?.FirstName ?? "someone",
                "op" => op?.FirstName ?? "all",
                "emoji" => Pick(SampleFillerText.Emoji),
                "n" => Invariant($"{rng.Next(2, 10)}"),
                "ms" => Invariant($"{rng.Next(35, 190) * 10}"),
                "pct" => Invariant($"{rng.Next(3, 40)}"),
                "hhmm" => Invariant($"{at.UtcDateTime:HH:mm}"),
                "provider" => day >= AdyenChosen ? "Adyen" : "Stripe",
                "datelib" => day >= LuxonChosen ? "Luxon" : "date-fns",
                "icons" => day >= LucideChosen ? "Lucide" : "Phosphor",
                "clinic" => Pick(SampleFillerText.Clinics),
                "weekday" => Pick(SampleFillerText.Weekdays),
                "topic" => Pick(SampleFillerText.Topics),
                "version" => ProductionVersion(day),
                _ => "{" + token + "}",
            });
            i = close + 1;
        }
        return sb.ToString();
    }

    private SamplePerson? Other(SampleConversation conversation, SamplePerson speaker, DateTimeOffset at)
    {
        var others = conversation.MembersAt(at, _t.People).Where(p => p != speaker).ToList();
        return others.Count == 0 ? null : others[rng.Next(others.Count)];
    }

    /// Tickets are numbered roughly in the order they were worked on, HBR-101 in September to HBR-260 by
    /// the end of November. A developer's "own" tickets follow one fixed assignment, and storyline
    /// tickets keep the owners the storylines give them.
    /// Storyline tickets only show up in their owner's own work ({myticket}), so filler never files,
    /// verifies or blocks on them under someone else's name.
    private string Ticket(DateOnly day, SamplePerson? owner = null)
    {
        var progress = (day.DayNumber - FirstDay.DayNumber) / (double)(LastDay.DayNumber - FirstDay.DayNumber);
        var centre = SampleTickets.First + (int)(progress * 150);
        var developer = owner is { Role: SampleRole.Developer };
        var number = 0;
        for (var attempt = 0; attempt < 20; attempt++)
        {
            number = Math.Clamp(centre + rng.Next(-12, 7), SampleTickets.First, SampleTickets.Last);
            var fits = developer ? SampleTickets.Owner(_t, number) == owner : !SampleTickets.Storyline.Contains(number);
            if (fits)
            {
                break;
            }
        }
        return Invariant($"HBR-{number}");
    }

    private string PullRequest()
    {
        var repo = Pick(SampleFillerText.Repos);
        var number = rng.Next(180, 900);
        return Invariant($"<https://github.com/harbor/{repo}/pull/{number}|{repo}#{number}>");
    }

    private static string Figma(string feature) => $"<https://www.figma.com/file/{Slug(feature)}|{Capitalize(feature)} in Figma>";

    private string Pick(string[] items) => items[rng.Next(items.Length)];

    private static string Slug(string text) =>
        new(text.ToLowerInvariant().Replace("the ", "", StringComparison.Ordinal).Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray());

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
