namespace Mosaic.Sample;

/// A weekly rule on the start's weekday: Count occurrences (excluded ones included, as RFC 5545 counts them)
/// or every week up to UntilUtc, minus the Except starts (local wall-clock times, as EXDATE writes them).
internal sealed record SampleWeekly(int? Count, DateTime? UntilUtc, IReadOnlyList<DateTime> Except);
