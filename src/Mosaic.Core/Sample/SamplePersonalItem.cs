namespace Mosaic.Sample;

/// One item the importer makes from a personal source: a mail, an event or one occurrence of a recurring
/// event, or one heading section of a note. Text is what lexical search and phrase checks look at.
internal sealed record SamplePersonalItem(string ItemId, SamplePerson Owner, string Kind, string Text) : ISampleItem;
