namespace Mosaic.Sample;

/// A ticket of the sample's backlog, as a ground-truth case points at it: the whole workspace may see it.
internal sealed record SampleBacklogItem(int Number) : ISampleItem
{
    public string ItemId => $"backlog:HBR-{Number}";
}
