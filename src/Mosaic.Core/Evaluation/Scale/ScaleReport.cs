namespace Mosaic.Evaluation.Scale;

/// What `mosaic bench scale` measured: import throughput against the raw FTS5 insert rate, database bytes per
/// message, the process's peak memory during import, and search, ask and raw-query latency.
public sealed record ScaleReport(
    int MessagesWritten,
    int MessagesImported,
    double GenerateSeconds,
    double ImportSeconds,
    double ImportPerSecond,
    double RawInsertPerSecond,
    long DatabaseBytes,
    long PeakMemoryBytes,
    LatencyStats Search,
    LatencyStats Ask,
    LatencyStats RawQuery,
    int ImportErrors)
{
    public double ImportToRaw => RawInsertPerSecond > 0 ? ImportPerSecond / RawInsertPerSecond : 0;

    public double BytesPerMessage => MessagesImported > 0 ? DatabaseBytes / (double)MessagesImported : 0;
}
