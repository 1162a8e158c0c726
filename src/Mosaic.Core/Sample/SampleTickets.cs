namespace Mosaic.Sample;

/// The Harbor team's tickets, HBR-101 to HBR-260, numbered roughly in the order they were worked on across the three
/// months of chat, and who works on each: storyline tickets keep the owners the storylines give them, the others follow
/// one fixed assignment, so chat filler and the backlog agree.
internal static class SampleTickets
{
    public const int First = 101;
    public const int Last = 260;

    /// Tickets the storylines talk about; filler mentions them only in their owner's own work.
    public static readonly int[] Storyline = [142, 150, 163, 187, 198, 203, 215, 222, 231, 236, 244];

    public static SamplePerson Owner(SampleTeam t, int number) => number switch
    {
        142 or 222 or 244 => t.Sofia,
        187 or 198 or 203 => t.Dan,
        215 or 236 => t.Priya,
        231 => t.Arjun,
        _ => t.Developers[number * 7 % t.Developers.Count],
    };

    /// The day a ticket is in the middle of being worked on: the inverse of the filler's choice of tickets by day.
    public static DateOnly WorkedOn(int number)
    {
        var span = SampleFiller.LastDay.DayNumber - SampleFiller.FirstDay.DayNumber;
        return SampleFiller.FirstDay.AddDays((int)Math.Round((number - First) / 150.0 * span));
    }
}
