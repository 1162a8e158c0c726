namespace Mosaic.Sample;

/// What WriteExport produced: the questions with known answers, the size of the export, and where each
/// person's personal sources were written.
/// MessageCount counts every message object in the day files (joins, bot posts and tombstones included);
/// PeopleCount counts every entry in users.json, the deploy bot included; ConversationCount counts
/// public and private channels, direct messages and group DMs.
public sealed record SampleWorkspace(
    IReadOnlyList<GroundTruthCase> GroundTruth,
    int MessageCount,
    int PeopleCount,
    int ConversationCount,
    IReadOnlyList<SamplePersonalSource> PersonalSources)
{
    /// The backlog's Jira CSV exports, oldest first: imported in this order, they give items a status history.
    public IReadOnlyList<string> Backlog { get; init; } = [];

    /// The facts the sample states, for scoring what the team model learns (see FactTruth).
    public IReadOnlyList<FactTruth> Facts { get; init; } = [];

    /// Each teammate's Scrum role as (role name, username): the Product Owner, the Scrum Master and the Developers.
    /// QA and design are no Scrum roles of their own.
    public IReadOnlyList<(string Role, string Person)> Roles { get; init; } = [];
}
