namespace Mosaic.Sample;

/// The kinds of personal source; each is also the prefix of its items' ids ("mail:…", "calendar:…", "notes:…").
public static class SamplePersonalKind
{
    public const string Mail = "mail";
    public const string Calendar = "calendar";
    public const string Notes = "notes";
}
