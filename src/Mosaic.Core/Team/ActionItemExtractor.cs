using System.Text.RegularExpressions;
using Mosaic.Domain;

namespace Mosaic.Team;

/// Action items, by rule: a request to someone ("@priya can you review the PR by Thursday"), a promise ("I'll update
/// the runbook"), a TODO ("TODO(@tom): rotate the keys"), each open, with its assignee and due date (in a direct
/// message "can you …" asks the other member; in a group message or a channel an unnamed "you" gives no item); and their closing
/// ("done: review the PR", "✅ update the runbook", "I've merged the PR", or a bare "done" in the item's thread).
/// The task is the subject, with a closing verb turned back into its base form ("merged the PR" is "merge the PR"),
/// so the closing fact lands on the same subject and replaces the open one. Precision first: a question asking for
/// information, a hedge ("I'll probably", "I'll think about it"), being somewhere ("I'll be out Friday") and a
/// negation ("I won't", "no need to") are no action items.
public sealed partial class ActionItemExtractor : IFactExtractor
{
    public const string Open = "open";

    public const string Done = "done";

    public string Name => "rules:action";

    public IReadOnlyList<FactCandidate> Extract(ItemView item, FactContext context)
    {
        if (item.Source == Store.BacklogRecord.Source)
        {
            // A ticket is a task already; its status comes from the backlog, not from reading it as chat.
            return [];
        }

        if (item.ThreadRef is not null && !item.IsThreadRoot && BareDone().IsMatch(item.Text))
        {
            // "done" says nothing of what; the pipeline files it under the thread's action item, if there is one.
            return [new FactCandidate(FactKind.ActionItem, "", Done, 0.85) { Status = Done, PersonId = item.AuthorId, ContinuesThread = true }];
        }

        if (item.Source == NotesSource && item.Title is { } title && TodoHeading().IsMatch(title))
        {
            return ListedTasks(item, context);
        }

        var facts = new List<FactCandidate>();
        foreach (var sentence in FactText.Sentences(item.Text).SelectMany(s => Clauses().Split(s)))
        {
            if (Closed(sentence, item) is { } closed)
            {
                facts.Add(closed);
                continue;
            }

            if (Negated().IsMatch(sentence) || Opened(sentence, item, context) is not { } opened)
            {
                continue;
            }

            facts.Add(opened);
        }

        // Two sentences about one task ("I'll fix it. I'll fix it today.") are one item.
        return [.. facts.DistinctBy(f => f.Key)];
    }

    private static FactCandidate? Closed(string sentence, ItemView item)
    {
        var m = DoneTask().Match(sentence);
        var task = m.Success ? m.Groups["task"].Value : null;
        if (!m.Success && ClosingVerb().Match(sentence) is { Success: true } verb)
        {
            var did = verb.Groups["verb"].Value.ToLowerInvariant();
            task = BaseForms.TryGetValue(did, out var form) ? $"{form} {verb.Groups["task"].Value}" : verb.Groups["task"].Value;
        }

        if (task is null || Tidy(task) is not { Length: >= 3 } tidy || NotATask().IsMatch(tidy))
        {
            return null;
        }

        return new FactCandidate(FactKind.ActionItem, tidy, $"done: {tidy}", 0.85) { Status = Done, PersonId = item.AuthorId };
    }

    private const string NotesSource = "notes";

    /// A note's "Action items" or todo list: every line is a task, the note owner's unless it starts with a name
    /// ("Tom: post the standup change"; "Me:" is the owner).
    private static List<FactCandidate> ListedTasks(ItemView item, FactContext context)
    {
        var facts = new List<FactCandidate>();
        foreach (var line in item.Text.Split('\n').Skip(1).Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            var named = NamedLine().Match(line);
            var person = named.Success ? named.Groups["who"].Value.Equals("me", StringComparison.OrdinalIgnoreCase) ? context.ById(item.OwnerId) : context.Named(named.Groups["who"].Value) : null;
            var task = person is null ? line : line[named.Length..];
            var owner = person ?? context.ById(item.OwnerId);
            var due = DueDates.Find(task, item.Timestamp, DueDates.ZoneOf(owner?.TimeZone, item.Timestamp));
            task = Tidy(due is { } found ? task[..found.Index] : task);
            if (task.Length >= 3 && FactSubject.Key(task).Length > 0)
            {
                facts.Add(new FactCandidate(FactKind.ActionItem, task, $"{owner?.Handle ?? "me"}: {task}", 0.8)
                {
                    PersonId = owner?.Id ?? item.OwnerId,
                    Due = due?.Due,
                    Status = Open,
                });
            }
        }

        return facts;
    }

    private static FactCandidate? Opened(string sentence, ItemView item, FactContext context)
    {
        string? who;
        Person? named = null;
        string task;
        double confidence;
        if (Request().Match(sentence) is { Success: true } request)
        {
            if (AsksForInformation().IsMatch(request.Groups["task"].Value))
            {
                return null;
            }

            (who, task, confidence) = (request.Groups["who"].Value, request.Groups["task"].Value, 0.85);
        }
        else if (YouRequest().Match(sentence) is { Success: true } asked)
        {
            // "Can you …" names nobody: only the item's setting says who "you" is (FactContext.Addressee).
            if (AsksForInformation().IsMatch(asked.Groups["task"].Value) || context.Addressee(item) is not { } addressee)
            {
                return null;
            }

            (who, named, task, confidence) = (addressee.Handle, addressee, asked.Groups["task"].Value, 0.8);
        }
        else if (Todo().Match(sentence) is { Success: true } todo)
        {
            who = todo.Groups["who"].Success ? todo.Groups["who"].Value : null;
            (task, confidence) = (todo.Groups["task"].Value, 0.85);
        }
        else if (!FactText.IsQuestion(sentence) && !Conditional().IsMatch(sentence) && Promise().Match(sentence) is { Success: true } promise && !NotAPromise().IsMatch(promise.Groups["task"].Value))
        {
            (who, task, confidence) = (null, promise.Groups["task"].Value, 0.8);
        }
        else if (!FactText.IsQuestion(sentence) && !Conditional().IsMatch(sentence) && ThirdPerson().Match(sentence) is { Success: true } third
            && context.Named(third.Groups["who"].Value) is not null && !NotAPromise().IsMatch(third.Groups["task"].Value))
        {
            // "Tom will send the agenda": only for a name the directory knows, so "Marketing will plan…" is no one's task.
            (who, task, confidence) = (third.Groups["who"].Value, third.Groups["task"].Value, 0.75);
        }
        else
        {
            return null;
        }

        var author = context.ById(item.AuthorId);
        var zone = DueDates.ZoneOf(author?.TimeZone, item.Timestamp);
        var due = DueDates.Find(task, item.Timestamp, zone);
        if (due is { } found)
        {
            task = task[..found.Index];
        }

        task = Tidy(TaskEnd().Split(task)[0]);
        // "I'll do it" names no task a later message could close, so it is not one to track; nor does a bare verb
        // without a deadline ("I'll check", "I'll look"), which says that something will happen but not what.
        if (task.Length < 3 || NotATask().IsMatch(task) || FactSubject.Key(task).Length == 0 || (!task.Contains(' ', StringComparison.Ordinal) && due is null))
        {
            return null;
        }

        // Someone the directory does not know still has the task; the name stays in the value for a reader.
        var assignee = who is null ? author : named ?? context.Named(who);
        var name = who ?? author?.Handle ?? item.Author;
        return new FactCandidate(FactKind.ActionItem, task, name is null ? task : $"{name.TrimStart('@')}: {task}", confidence)
        {
            PersonId = who is null ? item.AuthorId : assignee?.Id,
            Due = due?.Due,
            Status = Open,
        };
    }

    private static readonly Dictionary<string, string> BaseForms = new(StringComparer.Ordinal)
    {
        ["shipped"] = "ship", ["merged"] = "merge", ["sent"] = "send", ["fixed"] = "fix", ["deployed"] = "deploy", ["pushed"] = "push",
        ["reviewed"] = "review", ["updated"] = "update", ["wrote"] = "write", ["written"] = "write", ["released"] = "release",
        ["rotated"] = "rotate", ["published"] = "publish", ["uploaded"] = "upload", ["filed"] = "file", ["booked"] = "book",
    };

    private static string Tidy(string text) =>
        Trailing().Replace(text.Trim().Trim('*', '_', '"', '“', '”', '\'', ' ').TrimEnd('.', '!', ',', ';', ':', '?'), "").Trim();

    /// "@priya can you …", "@priya, could you please …", "@priya please …".
    [GeneratedRegex(@"(?:^|\s)@(?<who>[\w.-]+)[\s,:]+(?:(?:can|could|would)\s+you\s+(?:please\s+)?|please\s+)(?<task>.+)", RegexOptions.IgnoreCase)]
    private static partial Regex Request();

    /// "Can you sanity-check my estimate?", "Could you please facilitate the retro?", "Please hold the dates", "Got a
    /// minute to look at HBR-12?": a request to whoever "you" is. "Will you be at the standup?" and "would you like …"
    /// ask, they do not assign.
    [GeneratedRegex(@"^\W*(?:(?:hey|hi|so|also|and)\b[\s,]*)?(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?|please\s+|(?:got|have\s+you\s+got)\s+a\s+(?:minute|sec(?:ond)?)\s+to\s+)(?!(?:be|like|prefer|rather|know|remember|think|believe|guess)\b)(?<task>.+)", RegexOptions.IgnoreCase)]
    private static partial Regex YouRequest();

    [GeneratedRegex(@"\b(?:action\s+items?|to-?dos?|still\s+open|open\s+items|next\s+steps)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TodoHeading();

    [GeneratedRegex(@"^(?<who>[A-Z][\w.-]*|me)\s*:\s+", RegexOptions.IgnoreCase)]
    private static partial Regex NamedLine();

    /// "…phones; I'll join remotely": each clause may hold a task of its own.
    [GeneratedRegex(@"\s*;\s+")]
    private static partial Regex Clauses();

    /// "can you tell me what …", "could you let me know whether …", or what one can merely be able to do ("can you see
    /// the dashboard?"): asking, not assigning.
    [GeneratedRegex(@"^(?:tell|remind|show)\s+(?:me|us)\b(?!\s+how\s+to\b)|^(?:let\s+(?:me|us)\s+know|explain|confirm|clarify)\s+(?:what|where|why|how|when|who|which|whether|if)\b|^(?:see|hear|access|read|open|believe|imagine|be|make\s+it)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksForInformation();

    [GeneratedRegex(@"\bTODO\b\s*(?:\(\s*@?(?<who>[\w.-]+)\s*\))?\s*[:-]?\s*(?:@(?<who>[\w.-]+)[\s,:]+)?(?<task>.+)", RegexOptions.None)]
    private static partial Regex Todo();

    [GeneratedRegex(@"(?:^|[\s,;(])I(?:'ll|’ll| will|'m going to|’m going to| am going to|'m gonna| am gonna)\s+(?:also\s+|just\s+|then\s+)?(?<task>.+)", RegexOptions.IgnoreCase)]
    private static partial Regex Promise();

    /// "Tom will send the agenda", "Lena will run the session".
    [GeneratedRegex(@"(?:^|[\s,;(])(?<who>@?[A-Z][\w.-]+)\s+will\s+(?:also\s+|then\s+)?(?<task>.+)")]
    private static partial Regex ThirdPerson();

    /// Being somewhere, hedging, or promising to think is no task.
    [GeneratedRegex(@"^(?:be|not|never|probably|maybe|perhaps|possibly|likely|try|think|see|need|have\s+to|let\s+you\s+know|keep\s+(?:that|it)\s+in\s+mind|get\s+back|wait|miss|ask|say|admit|bet)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotAPromise();

    [GeneratedRegex(@"^\W*(?:if|unless|when|once)\b|\bif\s+(?:you|we|they|someone|anyone|needed|necessary)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Conditional();

    [GeneratedRegex(@"\b(?:won'?t|won’t|will\s+not|can'?t|cannot|not\s+going\s+to|no\s+need\s+to|don'?t\s+(?:need\s+to|have\s+to|bother|worry)|never\s*mind|nvm)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Negated();

    [GeneratedRegex(@"^(?:it|that|this|them|those|these|something|anything|so|too|thanks?|not|never|don.?t)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotATask();

    /// Where a task ends: at a reason, a courtesy or another clause.
    [GeneratedRegex(@"\s+(?:so\s+that|so|because|since|thanks|thank\s+you|please|pls|if\s+you\s+can|when\s+you\s+(?:can|get\s+a\s+chance))\b|\s*[,;:!?()]|\s+-\s+", RegexOptions.IgnoreCase)]
    private static partial Regex TaskEnd();

    [GeneratedRegex(@"\s+(?:for\s+me|for\s+us|asap|today|later|first)$", RegexOptions.IgnoreCase)]
    private static partial Regex Trailing();

    /// "done: review the PR", "✅ review the PR", "finished: …".
    [GeneratedRegex(@"^\W*?(?:(?:done|finished|shipped|merged|completed|fixed)\s*[:–—-]\s*|(?:✅|☑️|✔️|✔)\s*(?:done\s*[:–—-]?\s*)?)(?<task>[^,;!?]+)", RegexOptions.IgnoreCase)]
    private static partial Regex DoneTask();

    /// "I've finished reviewing the PR", "I just merged the PR", "I have shipped the search fix".
    [GeneratedRegex(@"(?:^|[\s,;])I(?:'ve|’ve| have)?\s+(?:just\s+|now\s+|finally\s+)?(?<verb>finished|completed|shipped|merged|sent|fixed|deployed|pushed|reviewed|updated|wrote|written|released|rotated|published|uploaded|filed|booked)\s+(?<task>[^,;!?]+)", RegexOptions.IgnoreCase)]
    private static partial Regex ClosingVerb();

    /// A whole reply that only says it is done.
    [GeneratedRegex(@"^\W*(?:(?:all\s+|it'?s\s+|that'?s\s+)?(?:done|finished|completed)|(?:shipped|merged|fixed|deployed|sent|pushed)(?:\s+it)?)\s*(?:✅|☑️|✔️|🎉|!|\.)*\s*$|^\s*(?:✅|☑️|✔️)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex BareDone();
}
