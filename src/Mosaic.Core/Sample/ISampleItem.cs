namespace Mosaic.Sample;

/// Something a ground-truth case can point at: a Slack message or one item of someone's personal source.
internal interface ISampleItem
{
    /// Mosaic's id for the item, exactly as the importer builds it (see GroundTruthCase).
    string ItemId { get; }
}
