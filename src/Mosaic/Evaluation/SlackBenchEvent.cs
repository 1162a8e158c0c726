using Mosaic.Ingestion;

namespace Mosaic.Evaluation;

/// One message event as Slack delivers it, signed body and all; a retry resends the same bytes.
internal sealed record SlackBenchEvent(string EventId, string Channel, string Ts, byte[] Body)
{
    public string NativeId => SlackItems.NativeId(Channel, Ts);
}
