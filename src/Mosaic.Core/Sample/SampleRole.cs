namespace Mosaic.Sample;

/// Scrum role of a sample teammate; filler standups and chatter are chosen by it.
internal enum SampleRole
{
    ProductOwner,
    ScrumMaster,
    Developer,
    Qa,
    Designer,
}
