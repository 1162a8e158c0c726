namespace Mosaic.Domain;

/// The ways a person can be named. A person carries any number of each.
public enum IdentityKind
{
    SlackId,
    SlackBotId,
    Username,
    DisplayName,
    RealName,
    Email,

    /// Mosaic's own person id; resolves to exactly that person.
    MosaicId,
}
