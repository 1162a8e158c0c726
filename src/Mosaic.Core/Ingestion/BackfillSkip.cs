namespace Mosaic.Ingestion;

/// A conversation a backfill could not read (Name as people write it, #general), with Slack's reason (its error code) and, for missing_scope, the scope
/// the token lacks. The rest of the workspace was read; the next run tries it again.
public sealed record BackfillSkip(string Id, string Name, string Reason, string? Needed = null)
{
    public string Explanation => Reason switch
    {
        "not_in_channel" => "the app is not a member; invite it (/invite @mosaic) and run again",
        "channel_not_found" => "Slack does not show it to the app",
        "missing_scope" => $"the token lacks the {Needed ?? "needed"} scope; add it to the app (see mosaic slack manifest) and reinstall",
        _ => Reason,
    };
}
