namespace Mosaic.Sample;

/// A Markdown file in someone's notes folder. Path is relative to the folder, with forward slashes.
internal sealed record SampleNote(SamplePerson Owner, string Path, string Markdown)
{
    public IEnumerable<SamplePersonalItem> Items() =>
        SampleNoteSections.Split(Markdown).Select(s => new SamplePersonalItem(Id(s.Slug), Owner, SamplePersonalKind.Notes, s.Text));

    /// The item for one section; throws if the note has no section with that slug.
    public SamplePersonalItem Section(string slug) =>
        Items().SingleOrDefault(i => i.ItemId == Id(slug)) ?? throw new InvalidOperationException($"{Path} has no section #{slug}.");

    private string Id(string slug) => $"{SamplePersonalKind.Notes}:{Owner.Id}/{Path}#{slug}";
}
