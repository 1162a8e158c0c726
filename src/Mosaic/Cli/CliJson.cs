using System.Text.Encodings.Web;
using System.Text.Json;

namespace Mosaic.Cli;

/// JSON as the CLI prints it: indented, UTF-8 text left readable.
internal static class CliJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}
