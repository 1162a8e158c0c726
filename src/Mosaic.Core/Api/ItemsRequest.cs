using System.Text.Json.Serialization;

namespace Mosaic.Api;

/// POST /api/v1/items: items from another tool (a wiki, a ticket tracker, a script), written as the token's person.
/// Visibility is "personal" (the default: the poster alone), "workspace" (everyone), or a conversation the poster
/// belongs to ("#dev"), whose members then see them.
public sealed record ItemsRequest(
    [property: JsonPropertyName("source")] string? Source,
    [property: JsonPropertyName("visibility")] string? Visibility,
    [property: JsonPropertyName("items")] IReadOnlyList<PostedItem?>? Items);

/// One posted item. Ref is its id in the other tool; posting the same ref again replaces it. Thread is the ref of
/// the item it replies to. Timestamp is ISO-8601 (default: now).
public sealed record PostedItem(
    [property: JsonPropertyName("ref")] string? Ref,
    [property: JsonPropertyName("text")] string? Text,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("timestamp")] string? Timestamp,
    [property: JsonPropertyName("thread")] string? Thread);

/// What a post changed, and the ids the items now have (for search results and `mosaic forget`).
public sealed record ItemsResponse(
    [property: JsonPropertyName("added")] int Added,
    [property: JsonPropertyName("updated")] int Updated,
    [property: JsonPropertyName("unchanged")] int Unchanged,
    [property: JsonPropertyName("ids")] IReadOnlyList<string> Ids);
