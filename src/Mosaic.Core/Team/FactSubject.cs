using Mosaic.Retrieval;

namespace Mosaic.Team;

/// Subjects compare by their content words' stems, in order: "the payment provider" and "payments providers" are one
/// subject, "provider payment" another.
public static class FactSubject
{
    public static string Key(string subject) => string.Join(' ', Terms.StemsOf(subject).Distinct(StringComparer.Ordinal));
}
