namespace Mosaic.Sample;

/// The fictional Harbor team (a shift-scheduling product for clinics) and its conversations.
/// Ids are fixed rather than seeded so ground truth stays readable and stable across seeds.
internal sealed class SampleTeam
{
    public const string TeamId = "T08HRBR2QK";
    public const string Domain = "harbor.example";

    // Work windows in UTC minutes: Berlin ~9-18:30 local, New York ~9-18, Kolkata ~9-18.
    private const int BerlinStart = 7 * 60, BerlinEnd = 16 * 60 + 30;
    private const int NewYorkStart = 13 * 60, NewYorkEnd = 22 * 60;
    private const int KolkataStart = 3 * 60 + 30, KolkataEnd = 12 * 60 + 30;

    public SampleTeam()
    {
        Maya = Person("U08J4KX2N7M", "maya", "Maya", "Okafor", "Product Owner", SampleRole.ProductOwner, Zone.Berlin);
        Tom = Person("U08J4L0P3QR", "tom", "Tom", "Lindqvist", "Scrum Master", SampleRole.ScrumMaster, Zone.Berlin);
        Priya = Person("U08J4M7T1ZB", "priya", "Priya", "Raman", "Backend Developer", SampleRole.Developer, Zone.Kolkata);
        Dan = Person("U08J4N2W8CD", "dan", "Daniel", "Brooks", "Backend Developer", SampleRole.Developer, Zone.NewYork);
        Sofia = Person("U08J4P5Y6EF", "sofia", "Sofia", "Alvarez", "Frontend Developer", SampleRole.Developer, Zone.Berlin);
        Arjun = Person("U08J4Q9A2GH", "arjun", "Arjun", "Mehta", "Mobile Developer", SampleRole.Developer, Zone.Kolkata);
        Lena = Person("U08J4R3C4JK", "lena", "Lena", "Fischer", "QA Engineer", SampleRole.Qa, Zone.Berlin);
        Omar = Person("U08J4S6E5LM", "omar", "Omar", "Haddad", "Product Designer", SampleRole.Designer, Zone.NewYork);
        People = [Maya, Tom, Priya, Dan, Sofia, Arjun, Lena, Omar];
        Developers = [Priya, Dan, Sofia, Arjun];
        Bot = new SampleBot("U08J4T8G7NP", "B08J4T8H2QR", "deploybot", "Deploy Bot");

        var day0 = new DateTimeOffset(2025, 8, 29, 10, 0, 0, TimeSpan.Zero);
        General = Channel("C08J50A1B2C", "general", 0, People, "Harbor 2.0 team: announcements and everything that concerns everyone", "Company-wide announcements and work-based matters");
        Dev = Channel("C08J51D3E4F", "dev", 1, [Maya, Tom, Priya, Dan, Sofia, Arjun, Lena], "PRs, CI, staging: https://staging.harbor.example", "Engineering discussion for Harbor");
        Design = Channel("C08J52G5H6J", "design", 2, [Maya, Dan, Sofia, Arjun, Lena, Omar], "Figma, reviews and UX research", "Design work for Harbor 2.0");
        Standup = Channel("C08J53K7L8M", "standup", 3, People, "Daily standup notes: yesterday / today / blockers", "Async standups");
        Releases = Channel("C08J54N9P0Q", "releases", 4, People, "Release trains, deploys and release notes", "Where deploybot posts");
        Incidents = Channel("C08J55R1S2T", "incidents", 5, [Maya, Tom, Priya, Dan, Arjun, Lena], "Production issues. Post first, fix second.", "Incident response");
        Random = Channel("C08J56U3V4W", "random", 6, People, "Non-work banter", "A place for non-work chatter");
        Leadership = new SampleConversation("G08J57X5Y6Z", "leadership", SampleConversationType.PrivateChannel, day0.AddMinutes(35), Maya,
            [Maya, Tom, Priya], "Planning, budget and hiring", "Private: product, delivery and tech leads");

        DmMayaPriya = Dm("D08J58A7B8C", Maya, Priya, day0.AddHours(1));
        DmTomLena = Dm("D08J59D9E0F", Tom, Lena, day0.AddHours(1.2));
        DmDanSofia = Dm("D08J5AG1H2J", Dan, Sofia, day0.AddHours(4));
        DmMayaOmar = Dm("D08J5BK3L4M", Maya, Omar, day0.AddHours(4.5));
        DmPriyaDan = Dm("D08J5CN5P6Q", Priya, Dan, day0.AddHours(5));
        GroupSofiaArjunOmar = new SampleConversation("G08J5DR7S8T", "mpdm-sofia--arjun--omar-1", SampleConversationType.GroupMessage,
            day0.AddHours(5.5), Sofia, [Sofia, Arjun, Omar], "", "Group messaging with: @sofia @arjun @omar");

        Conversations =
        [
            General, Dev, Design, Standup, Releases, Incidents, Random, Leadership,
            DmMayaPriya, DmTomLena, DmDanSofia, DmMayaOmar, DmPriyaDan, GroupSofiaArjunOmar,
        ];

        SampleConversation Channel(string id, string name, int order, IReadOnlyList<SamplePerson> founders, string topic, string purpose) =>
            new(id, name, SampleConversationType.PublicChannel, day0.AddMinutes(order * 5), Maya, founders, topic, purpose);

        static SampleConversation Dm(string id, SamplePerson a, SamplePerson b, DateTimeOffset created) =>
            new(id, $"{a.Name}-{b.Name}", SampleConversationType.DirectMessage, created, a, [a, b], "", "");
    }

    private enum Zone
    {
        Berlin,
        NewYork,
        Kolkata,
    }

    public SamplePerson Maya { get; }
    public SamplePerson Tom { get; }
    public SamplePerson Priya { get; }
    public SamplePerson Dan { get; }
    public SamplePerson Sofia { get; }
    public SamplePerson Arjun { get; }
    public SamplePerson Lena { get; }
    public SamplePerson Omar { get; }
    public IReadOnlyList<SamplePerson> People { get; }
    public IReadOnlyList<SamplePerson> Developers { get; }
    public SampleBot Bot { get; }

    public SampleConversation General { get; }
    public SampleConversation Dev { get; }
    public SampleConversation Design { get; }
    public SampleConversation Standup { get; }
    public SampleConversation Releases { get; }
    public SampleConversation Incidents { get; }
    public SampleConversation Random { get; }
    public SampleConversation Leadership { get; }
    public SampleConversation DmMayaPriya { get; }
    public SampleConversation DmTomLena { get; }
    public SampleConversation DmDanSofia { get; }
    public SampleConversation DmMayaOmar { get; }
    public SampleConversation DmPriyaDan { get; }
    public SampleConversation GroupSofiaArjunOmar { get; }
    public IReadOnlyList<SampleConversation> Conversations { get; }

    public SamplePerson ByName(string name) => People.Single(p => p.Name == name);

    // tz_offset is the offset at export time (December), as Slack reports it.
    private static SamplePerson Person(string id, string name, string first, string last, string title, SampleRole role, Zone zone) => zone switch
    {
        Zone.Berlin => new(id, name, first, last, title, role, "Europe/Berlin", 3600, BerlinStart, BerlinEnd),
        Zone.NewYork => new(id, name, first, last, title, role, "America/New_York", -18000, NewYorkStart, NewYorkEnd),
        _ => new(id, name, first, last, title, role, "Asia/Kolkata", 19800, KolkataStart, KolkataEnd),
    };
}
