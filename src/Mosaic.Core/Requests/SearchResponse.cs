using System.Text.Json.Serialization;

namespace Mosaic.Requests;

/// The result of a search, in the shape `mosaic search --json` prints.
public sealed record SearchResponse([property: JsonPropertyName("results")] IReadOnlyList<SourceView> Results);
