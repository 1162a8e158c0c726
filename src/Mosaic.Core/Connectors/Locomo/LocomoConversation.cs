namespace Mosaic.Connectors.Locomo;

/// One LoCoMo sample: a long multi-session chat between two speakers, and the questions asked about it.
public sealed record LocomoConversation(string SampleId, string SpeakerA, string SpeakerB, IReadOnlyList<LocomoTurn> Turns, IReadOnlyList<LocomoQuestion> Questions)
{
    public DateTimeOffset LastTime => Turns.Count == 0 ? DateTimeOffset.UnixEpoch : Turns.Max(t => t.Time);
}
