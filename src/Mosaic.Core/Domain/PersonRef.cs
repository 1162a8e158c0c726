namespace Mosaic.Domain;

/// Points at a person by one of their identities, e.g. (SlackId, "U024BE7LH").
public readonly record struct PersonRef(IdentityKind Kind, string Value)
{
    public static PersonRef Slack(string userId) => new(IdentityKind.SlackId, userId);

    public static PersonRef Mosaic(long personId) => new(IdentityKind.MosaicId, personId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public override string ToString() => $"{Kind}:{Value}";
}
