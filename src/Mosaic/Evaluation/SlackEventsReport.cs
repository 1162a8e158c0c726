using Mosaic.Evaluation.Scale;

namespace Mosaic.Evaluation;

/// What `mosaic bench slack` found. Ack is the time from sending an event to its 200 (first deliveries and
/// retries alike); Baseline is the same clients asking GET /health as often, so the ratio leaves out what any
/// request on this machine costs. Apply time runs from the first event sent to the inbox drained.
internal sealed record SlackEventsReport(
    int Events,
    int Clients,
    int Requests,
    int Retries,
    int Acked,
    int RetriesAcked,
    int Failed,
    LatencyStats Ack,
    LatencyStats Baseline,
    bool Drained,
    int Missing,
    int Duplicates,
    int ApplyFailed,
    double ApplySeconds)
{
    public double RatioP50 => Baseline.P50 > 0 ? Ack.P50 / Baseline.P50 : 0;

    public double RatioP99 => Baseline.P99 > 0 ? Ack.P99 / Baseline.P99 : 0;

    public double AppliedPerSecond => ApplySeconds > 0 ? Events / ApplySeconds : 0;

    /// Every event acknowledged, applied, and held once: one item per message, one inbox row per event id.
    public bool StoredOnce => Acked == Events && Drained && Missing == 0 && Duplicates == 0;
}
