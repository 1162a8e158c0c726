namespace Mosaic.Store;

/// Where a backfill from a source got to, kept between runs so that an interrupted run carries on where it stopped and
/// a later run asks only for what is new. Each step's cursor is saved after the page it follows has been stored, so a
/// crash can at worst fetch one stored page again (harmless: writes are idempotent).
public interface IBackfillState
{
    /// Starts a run, or carries on with the run an interruption left unfinished (true). A new run starts a new pass of
    /// every finished step whose name begins with restartPrefix, from the newest ts that step stored; unfinished ones keep
    /// their cursor.
    Task<bool> BeginRunAsync(string source, string restartPrefix, CancellationToken ct = default);

    /// The run finished: the next one starts fresh rather than resuming.
    Task EndRunAsync(string source, CancellationToken ct = default);

    /// The step as last saved, or null when it never ran.
    Task<BackfillStep?> GetStepAsync(string source, string step, CancellationToken ct = default);

    /// Saves where a step got to, and queues a pass of each step in next (a thread seen on the page just stored): one
    /// never seen or finished starts a pass (from its newest ts), an unfinished one keeps its cursor.
    Task SaveStepAsync(string source, BackfillStep step, IReadOnlyList<string> next, CancellationToken ct = default);

    /// Unfinished steps whose names begin with prefix, in name order.
    Task<IReadOnlyList<BackfillStep>> PendingStepsAsync(string source, string prefix, CancellationToken ct = default);
}
