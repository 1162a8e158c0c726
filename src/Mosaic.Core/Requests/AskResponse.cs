using System.Text.Json.Serialization;

namespace Mosaic.Requests;

/// The result of a question, in the shape `mosaic ask --json` prints.
public sealed record AskResponse(
    [property: JsonPropertyName("answer")] string Answer,
    [property: JsonPropertyName("citations")] IReadOnlyList<SourceView> Citations);
