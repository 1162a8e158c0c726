using System.Text.Json;

namespace Mosaic.Connectors.Slack;

/// Typed reads of one JSON object's fields. A field of the wrong type is an error naming the field and what
/// it found; a missing optional field is null.
internal readonly struct JsonFields(JsonElement element)
{
    public static JsonFields Of(JsonElement element, string what) =>
        element.ValueKind == JsonValueKind.Object
            ? new JsonFields(element)
            : throw new FormatException($"{what} should be an object, found {Describe(element)}");

    public string? String(string name) => Get(name) is { } value
        ? value.ValueKind == JsonValueKind.String ? value.GetString() : throw WrongType(name, "a string", value)
        : null;

    public string RequiredString(string name) => String(name) ?? throw new FormatException($"\"{name}\" is missing");

    public long? Long(string name) => Get(name) is { } value
        ? value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var n) ? n : throw WrongType(name, "a whole number", value)
        : null;

    public bool Bool(string name) => Get(name) is { } value
        ? value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : throw WrongType(name, "true or false", value)
        : false;

    public JsonFields? Object(string name) => Get(name) is { } value
        ? value.ValueKind == JsonValueKind.Object ? new JsonFields(value) : throw WrongType(name, "an object", value)
        : null;

    public IEnumerable<JsonElement> Array(string name) => Get(name) is { } value
        ? value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : throw WrongType(name, "an array", value)
        : [];

    public IReadOnlyList<string>? Strings(string name)
    {
        if (Get(name) is not { } value)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
        {
            throw WrongType(name, "an array of strings", value);
        }

        return value.EnumerateArray().Select(e => e.GetString()!).ToList();
    }

    private JsonElement? Get(string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private static FormatException WrongType(string name, string expected, JsonElement found) =>
        new($"\"{name}\" should be {expected}, found {Describe(found)}");

    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.True or JsonValueKind.False => "true/false",
        _ => "null",
    };
}
