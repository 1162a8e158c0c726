using System.Text.Json;
using Mosaic.Connectors.Slack;

namespace Mosaic.Control;

/// Reads an identity mapping file:
/// [{"person": "maya", "emails": ["maya.okafor@gmail.com"], "names": ["M. Okafor"]}, …]
public static class IdentityMapFile
{
    public static IReadOnlyList<IdentityMapEntry> Load(string path)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new MosaicException($"{full}: no such file.");
        }

        JsonDocument document;
        try
        {
            document = JsonFile.Parse(Path.GetFileName(full), File.ReadAllBytes(full));
        }
        catch (ExportFileException e)
        {
            throw new MosaicException($"{full}: {e.Message.Replace("; skipped", "", StringComparison.Ordinal)}.", e);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new MosaicException($"{full}: should be a JSON array of {{\"person\", \"emails\", \"names\"}} entries.");
            }

            var entries = new List<IdentityMapEntry>();
            var index = 0;
            foreach (var element in document.RootElement.EnumerateArray())
            {
                index++;
                try
                {
                    var fields = JsonFields.Of(element, "the entry");
                    var entry = new IdentityMapEntry(fields.RequiredString("person"), fields.Strings("emails") ?? [], fields.Strings("names") ?? []);
                    if (entry.Emails.Count + entry.Names.Count == 0)
                    {
                        throw new FormatException("has neither \"emails\" nor \"names\"");
                    }

                    entries.Add(entry);
                }
                catch (FormatException e)
                {
                    throw new MosaicException($"{full}, entry {index}: {e.Message}. Nothing was changed.", e);
                }
            }

            return entries;
        }
    }
}
