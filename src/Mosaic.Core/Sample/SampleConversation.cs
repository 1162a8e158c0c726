namespace Mosaic.Sample;

/// A conversation and its membership over time. Founders are members from Created; later joins and
/// leaves are kept in order so filler only lets people speak where they belonged at that moment.
internal sealed class SampleConversation(
    string id,
    string name,
    SampleConversationType type,
    DateTimeOffset created,
    SamplePerson creator,
    IReadOnlyList<SamplePerson> founders,
    string topic,
    string purpose)
{
    private readonly List<(SamplePerson Person, bool Joined, DateTimeOffset At)> _changes = [];

    public string Id { get; } = id;

    public string Name { get; } = name;

    public SampleConversationType Type { get; } = type;

    public DateTimeOffset Created { get; } = created;

    public SamplePerson Creator { get; } = creator;

    public IReadOnlyList<SamplePerson> Founders { get; } = founders;

    public string Topic { get; } = topic;

    public string Purpose { get; } = purpose;

    public bool IsChannel => Type is SampleConversationType.PublicChannel or SampleConversationType.PrivateChannel;

    /// Slack names channel and group-DM folders after the conversation, and DM folders after the id.
    public string FolderName => Type == SampleConversationType.DirectMessage ? Id : Name;

    public void RecordChange(SamplePerson person, bool joined, DateTimeOffset at) => _changes.Add((person, joined, at));

    public bool IsMember(SamplePerson person, DateTimeOffset at)
    {
        var member = Founders.Contains(person) && at >= Created;
        foreach (var change in _changes.OrderBy(c => c.At))
        {
            if (change.Person == person && change.At <= at)
            {
                member = change.Joined;
            }
        }
        return member;
    }

    /// Members at a moment, in roster order so the result never depends on join order.
    public IReadOnlyList<SamplePerson> MembersAt(DateTimeOffset at, IReadOnlyList<SamplePerson> roster) =>
        roster.Where(p => IsMember(p, at)).ToList();
}
