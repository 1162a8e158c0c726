namespace Mosaic.Ingestion;

/// Something wrong with the input, named by file and, where it helps, the place in the file.
/// An error means something was not imported; a warning means it was, with a caveat.
public sealed record ImportProblem(string File, string? Place, string Message, bool IsError = true)
{
    public override string ToString() => Place is null ? $"{File}: {Message}" : $"{File}, {Place}: {Message}";
}
