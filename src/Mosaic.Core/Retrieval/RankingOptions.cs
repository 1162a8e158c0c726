namespace Mosaic.Retrieval;

/// The weights of ranking, with the values the benchmarks chose (docs/benchmarks.md). A score is
/// Bm25Share × BM25 (relative to the best) + CoverageShare × coverage of the question's words, plus bonuses; a
/// message then receives a share of its neighbours' scores (Flow…), most from a question just before it.
public sealed record RankingOptions
{
    public static RankingOptions Default { get; } = new();

    public double Bm25Share { get; init; } = 0.2;

    public double CoverageShare { get; init; } = 0.8;

    /// For containing the identifiers (ticket keys) the question names.
    public double FocusBonus { get; init; } = 0.25;

    /// How much a thread root's words count for its replies.
    public double RootShare { get; init; } = 0.5;

    /// For lying in the period the question's words name.
    public double PeriodBonus { get; init; } = 0.3;

    /// How many of the best candidates bring their threads and neighbours into the pool.
    public int Expanded { get; init; } = 30;

    public int NeighboursBefore { get; init; } = 1;

    public int NeighboursAfter { get; init; } = 2;

    public double FlowAnswer { get; init; } = 0.7;

    public double FlowNext { get; init; } = 0.35;

    public double FlowSecondAnswer { get; init; } = 0.3;

    public double FlowSecond { get; init; } = 0.15;

    public double FlowPrevious { get; init; } = 0.25;

    public double FlowFar { get; init; } = 0.1;

    /// How much the words of the message just before (and just after) count toward a message's coverage: a
    /// question asked in one message and answered in the next is covered by the pair.
    public double WindowPrevious { get; init; } = 0.5;

    public double WindowNext { get; init; } = 0.3;

    /// For holding the kind of answer the question asks for (a time for "when", a number for "how many" …).
    public double CueBonus { get; init; } = 0.1;

    /// For being written by someone the question names: "what did Melanie say about camping" is answered by Melanie.
    public double AuthorBonus { get; init; } = 0.2;

    /// Taken from a message that only asks (ends in a question mark): the answer is rarely the question.
    public double QuestionPenalty { get; init; } = 0.1;

    /// For holding pairs of the question's words side by side, as the question has them ("art show").
    public double PhraseBonus { get; init; } = 0.1;
}
