namespace Mosaic.Domain;

/// A known person an item names, and their part in it ("to", "cc", "attendee", "organizer").
public sealed record ItemPerson(PersonRef Person, string Role);
