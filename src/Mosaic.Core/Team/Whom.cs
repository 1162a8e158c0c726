namespace Mosaic.Team;

/// Whom a rule's match points at: the person it names, the message's author ("I own it"), or whoever "you" is
/// (FactContext.Addressee). Resolved by FactContext.Resolve.
internal enum Whom
{
    Named,
    Author,
    Addressee,
}
