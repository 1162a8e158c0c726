namespace Mosaic.Answering;

/// An answer and the items it rests on. Every statement in Text carries a [N] naming one of Citations,
/// and Citations holds only items the answerer was given.
public sealed record Answer(string Text, IReadOnlyList<Citation> Citations);
