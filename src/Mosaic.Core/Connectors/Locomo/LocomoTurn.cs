namespace Mosaic.Connectors.Locomo;

/// One dialog turn: who said it, its id (D{session}:{turn}), when (its session's time, the turn's order kept by
/// seconds), and its text, with a shared image's caption as text.
public sealed record LocomoTurn(string DiaId, int Session, string Speaker, DateTimeOffset Time, string Text);
