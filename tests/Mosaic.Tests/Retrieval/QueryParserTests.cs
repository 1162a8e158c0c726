using Mosaic.Retrieval;

namespace Mosaic.Tests.Retrieval;

public sealed class QueryParserTests
{
    private static readonly DateTimeOffset Now = new(2025, 10, 15, 14, 0, 0, TimeSpan.Zero);

    [Fact]
    public void SlackModifiers_AreReadOutOfTheQuery()
    {
        var q = QueryParser.Parse("payments from:@priya in:#dev after:2025-09-30 before:2025-10-10", Now, TimeZoneInfo.Utc);

        Assert.Equal(["payments"], q.Terms);
        Assert.Equal("priya", q.Author);
        Assert.Equal("#dev", q.Conversation);
        Assert.Equal(new DateTimeOffset(2025, 10, 1, 0, 0, 0, TimeSpan.Zero), q.Time!.From);
        Assert.Equal(new DateTimeOffset(2025, 10, 10, 0, 0, 0, TimeSpan.Zero), q.Time.Until);
    }

    [Fact]
    public void During_TakesAMonthName()
    {
        var q = QueryParser.Parse("standup during:september", Now, TimeZoneInfo.Utc);

        Assert.Equal(new DateTimeOffset(2025, 9, 1, 0, 0, 0, TimeSpan.Zero), q.Time!.From);
        Assert.Equal(new DateTimeOffset(2025, 10, 1, 0, 0, 0, TimeSpan.Zero), q.Time.Until);
    }

    [Fact]
    public void AnUnreadableDate_IsAClearError()
    {
        var error = Assert.Throws<MosaicException>(() => QueryParser.Parse("x before:someday", Now, TimeZoneInfo.Utc));

        Assert.Contains("before:someday", error.Message);
    }

    [Fact]
    public void Terms_DropStopWords_AndKeepTicketKeys()
    {
        var q = QueryParser.Parse("Who is working on HBR-142 and the payments service?", Now, TimeZoneInfo.Utc);

        Assert.Equal(["working", "hbr-142", "payments", "service"], q.Terms);
    }

    [Fact]
    public void OperatorsInAQuestion_AreJustWords()
    {
        var q = QueryParser.Parse("NOT \"quoted\" OR (weird* NEAR/2 stuff)", Now, TimeZoneInfo.Utc);

        Assert.Equal(["quoted", "weird", "near", "2", "stuff"], q.Terms);
    }
}
