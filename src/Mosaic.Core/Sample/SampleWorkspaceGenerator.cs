using System.Text.Encodings.Web;
using System.Text.Json;

namespace Mosaic.Sample;

/// Builds a deterministic sample Slack workspace (the Harbor team, Sept to Nov 2025), with personal mail,
/// calendars and notes for two of its people, and questions whose answers are known, so import, retrieval
/// and permissions can be tested end to end.
public static class SampleWorkspaceGenerator
{
    public const int DefaultSeed = 42;

    private static readonly JsonSerializerOptions GroundTruthJson = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// Writes a genuine Slack workspace export zip to zipPath (overwriting) and returns its ground truth.
    /// Next to the zip it also writes ground-truth.json, fact-truth.json (the facts it states), the team's backlog as Jira CSV exports (backlog-2025-10-31.csv and
    /// backlog.csv) and, under personal/{username}/, the mail.mbox, calendar.ics and notes/ of the people who have
    /// personal sources (Maya and Priya).
    /// Same seed => byte-identical files. The seed only changes the Slack filler; storyline messages, the
    /// personal sources, and so the ground truth, are the same for every seed.
    public static SampleWorkspace WriteExport(string zipPath, int seed = DefaultSeed)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(zipPath);
        var draft = Build(seed);
        var zip = SampleExportWriter.Write(draft);

        var fullPath = Path.GetFullPath(zipPath);
        var directory = Path.GetDirectoryName(fullPath) ?? throw new ArgumentException($"{zipPath} has no parent directory.", nameof(zipPath));
        Directory.CreateDirectory(directory);
        File.WriteAllBytes(fullPath, zip);
        File.WriteAllText(Path.Combine(directory, "ground-truth.json"), JsonSerializer.Serialize(draft.Cases, GroundTruthJson) + "\n");
        File.WriteAllText(Path.Combine(directory, "fact-truth.json"), JsonSerializer.Serialize(draft.Facts, GroundTruthJson) + "\n");

        var personal = SamplePersonalWriter.Write(draft, directory);
        var backlog = SampleBacklogWriter.Write(draft.Team, directory);

        var team = draft.Team;
        return new SampleWorkspace(draft.Cases, draft.Messages.Count, team.People.Count + 1, team.Conversations.Count, personal) { Backlog = backlog, Facts = draft.Facts, Roles = Roles(team) };
    }

    private static List<(string Role, string Person)> Roles(SampleTeam team) =>
        [.. team.People.Select(p => (Role: p.Role switch
            {
                SampleRole.ProductOwner => "product-owner",
                SampleRole.ScrumMaster => "scrum-master",
                SampleRole.Developer => "developer",
                _ => null,
            }, p.Name))
            .Where(r => r.Role is not null)
            .Select(r => (r.Role!, r.Name))];

    internal static SampleDraft Build(int seed)
    {
        var draft = new SampleDraft(new SampleTeam());
        foreach (var channel in draft.Team.Conversations.Where(c => c.IsChannel))
        {
            draft.Found(channel);
        }
        SampleStorylines.Write(draft);
        SampleMayaSources.Write(draft);
        SamplePriyaSources.Write(draft);
        new SampleFiller(draft, new Random(seed)).Write();
        draft.Validate();
        return draft;
    }
}
