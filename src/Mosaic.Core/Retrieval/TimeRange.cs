namespace Mosaic.Retrieval;

/// A span of time: From inclusive, Until exclusive, either open. Description is the words it came from.
/// Soonest asks for the earliest match first ("my next 1:1").
public sealed record TimeRange(DateTimeOffset? From, DateTimeOffset? Until, string Description)
{
    public bool Soonest { get; init; }

    /// The overlap of two ranges; the later start and the earlier end win.
    public TimeRange Intersect(TimeRange other) => new(
        From is null ? other.From : other.From is null ? From : From > other.From ? From : other.From,
        Until is null ? other.Until : other.Until is null ? Until : Until < other.Until ? Until : other.Until,
        Description + ", " + other.Description)
    {
        Soonest = Soonest || other.Soonest,
    };
}
