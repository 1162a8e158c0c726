using Mosaic.Retrieval;

namespace Mosaic.Tests.Retrieval;

public sealed class TimeExpressionsTests
{
    // Wednesday 2025-10-15, 14:00 UTC.
    private static readonly DateTimeOffset Now = new(2025, 10, 15, 14, 0, 0, TimeSpan.Zero);
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    private static (string Remaining, TimeRange? Range) Utc(string text) => TimeExpressions.Extract(text, Now, TimeZoneInfo.Utc);

    private static DateTimeOffset Day(int month, int day) => new(2025, month, day, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("what happened yesterday", 10, 14, 10, 15)]
    [InlineData("what happened today", 10, 15, 10, 16)]
    [InlineData("what did we ship last week", 10, 6, 10, 13)]
    [InlineData("anything this week?", 10, 13, 10, 20)]
    [InlineData("releases in September", 9, 1, 10, 1)]
    [InlineData("what changed during sept", 9, 1, 10, 1)]
    [InlineData("decisions last month", 9, 1, 10, 1)]
    [InlineData("notes from 3 days ago", 10, 12, 10, 13)]
    [InlineData("what was said on Monday", 10, 13, 10, 14)]
    [InlineData("what was said last Wednesday", 10, 8, 10, 9)]
    [InlineData("what happened on 2025-09-30", 9, 30, 10, 1)]
    [InlineData("two weeks ago", 9, 29, 10, 6)]
    [InlineData("what is due tomorrow", 10, 16, 10, 17)]
    [InlineData("plans for next week", 10, 20, 10, 27)]
    [InlineData("the demo next Monday", 10, 20, 10, 21)]
    [InlineData("anything next month", 11, 1, 12, 1)]
    public void Extract_ResolvesAgainstNow(string text, int fromMonth, int fromDay, int untilMonth, int untilDay)
    {
        var (_, range) = Utc(text);

        Assert.NotNull(range);
        Assert.Equal(Day(fromMonth, fromDay), range.From);
        Assert.Equal(Day(untilMonth, untilDay), range.Until);
    }

    [Fact]
    public void InAMonthLaterThanNow_MeansLastYear()
    {
        var (_, range) = Utc("the offsite in December");

        Assert.Equal(new DateTimeOffset(2024, 12, 1, 0, 0, 0, TimeSpan.Zero), range!.From);
    }

    [Fact]
    public void SinceAndBefore_OpenOneEnd()
    {
        Assert.Equal((Day(9, 1), (DateTimeOffset?)null), (Utc("since September").Range!.From!.Value, Utc("since September").Range!.Until));
        Assert.Equal(((DateTimeOffset?)null, Day(9, 1)), (Utc("before September").Range!.From, Utc("before September").Range!.Until!.Value));
    }

    [Fact]
    public void RollingWindow_EndsToday()
    {
        var (_, range) = Utc("in the last 7 days");

        Assert.Equal(Day(10, 9), range!.From);
        Assert.Equal(Day(10, 16), range.Until);
    }

    [Fact]
    public void TheExpression_IsTakenOutOfTheText()
    {
        Assert.Equal("what did we decide about payments", Utc("what did we decide about payments last week").Remaining);
    }

    [Fact]
    public void DaysStartAtMidnightInTheAskersZone()
    {
        var (_, range) = TimeExpressions.Extract("yesterday", Now, Berlin);

        Assert.Equal(new DateTimeOffset(2025, 10, 14, 0, 0, 0, TimeSpan.FromHours(2)), range!.From);
        Assert.Equal(new DateTimeOffset(2025, 10, 13, 22, 0, 0, TimeSpan.Zero), range.From!.Value.ToUniversalTime());
    }

    [Fact]
    public void Next_AloneMeansFromNowOn_SoonestFirst()
    {
        var (rest, range) = Utc("when is my next 1:1 with Tom?");

        Assert.Equal((Now, (DateTimeOffset?)null, true), (range!.From!.Value, range.Until, range.Soonest));
        Assert.DoesNotContain("next", rest);
    }

    [Theory]
    [InlineData("what are the next steps for payments")]
    [InlineData("next time we should test earlier")]
    [InlineData("may I ask about the release")]
    [InlineData("we march on")]
    [InlineData("the last mile of the rollout")]
    public void OrdinaryWords_AreNotTimes(string text)
    {
        Assert.Null(Utc(text).Range);
    }
}
