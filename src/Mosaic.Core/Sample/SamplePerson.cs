namespace Mosaic.Sample;

/// A human in the sample workspace. The work window is in UTC minutes of the day, so filler lands
/// in plausible hours for the person's time zone without consulting the machine's tz database.
internal sealed record SamplePerson(
    string Id,
    string Name,
    string FirstName,
    string LastName,
    string Title,
    SampleRole Role,
    string TimeZone,
    int TzOffsetSeconds,
    int WorkStartUtcMinute,
    int WorkEndUtcMinute)
{
    public string RealName => $"{FirstName} {LastName}";

    public string Mention => $"<@{Id}>";
}
