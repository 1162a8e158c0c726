using System.IO.Compression;

namespace Mosaic.Connectors.Slack;

/// The files of an export, from a zip or an unpacked folder, read into memory and never extracted to disk.
/// Entry names that would point outside the export (../, absolute paths, drive letters) are refused and listed.
public sealed class ExportArchive : IDisposable
{
    private readonly ZipArchive? _zip;
    private readonly string? _folder;
    private readonly Dictionary<string, ZipArchiveEntry> _zipEntries = new(StringComparer.Ordinal);

    private ExportArchive(string path, ZipArchive? zip, string? folder)
    {
        Path = path;
        _zip = zip;
        _folder = folder;
    }

    public string Path { get; }

    /// Safe entry names, relative, with forward slashes.
    public IReadOnlyList<string> Entries { get; private set; } = [];

    /// Entry names refused as unsafe.
    public IReadOnlyList<string> Refused { get; private set; } = [];

    public static ExportArchive Open(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            var archive = new ExportArchive(full, null, full);
            archive.Entries = Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories)
                .Where(f => new FileInfo(f).LinkTarget is null)
                .Select(f => System.IO.Path.GetRelativePath(full, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)
                .ToList();
            return archive;
        }

        if (!File.Exists(full))
        {
            throw new MosaicException($"{full}: no such file or folder.");
        }

        ZipArchive zip;
        try
        {
            zip = ZipFile.OpenRead(full);
        }
        catch (InvalidDataException e)
        {
            throw new MosaicException($"{full}: not a zip file or a folder ({e.Message.TrimEnd('.')}). A Slack export is the .zip Slack gives you, or that zip unpacked.", e);
        }

        var result = new ExportArchive(full, zip, null);
        var safe = new List<string>();
        var refused = new List<string>();
        foreach (var entry in zip.Entries)
        {
            if (entry.FullName.EndsWith('/'))
            {
                continue;
            }

            if (IsUnsafe(entry.FullName))
            {
                refused.Add(entry.FullName);
            }
            else if (result._zipEntries.TryAdd(entry.FullName, entry))
            {
                safe.Add(entry.FullName);
            }
        }

        safe.Sort(StringComparer.Ordinal);
        result.Entries = safe;
        result.Refused = refused;
        return result;
    }

    private static bool IsUnsafe(string name) =>
        name.Length == 0
        || name[0] is '/' or '\\'
        || name.Contains('\\', StringComparison.Ordinal)
        || (name.Length >= 2 && name[1] == ':')
        || name.Split('/').Any(segment => segment is ".." or ".");

    public bool Contains(string entry) => _folder is not null ? Entries.Contains(entry) : _zipEntries.ContainsKey(entry);

    /// Reads a whole entry, refusing more than maxBytes whatever size the entry claims to have.
    public byte[] Read(string entry, long maxBytes)
    {
        using var stream = _folder is not null
            ? File.OpenRead(System.IO.Path.Combine(_folder, entry))
            : _zipEntries.TryGetValue(entry, out var zipEntry) ? OpenZipEntry(entry, zipEntry) : throw new ExportFileException(entry, "not in the export");
        // Sized to what the entry claims (never trusted beyond maxBytes), so a day file is copied once; the read
        // chunk is pooled because an import reads thousands of small files.
        var claimed = _folder is not null ? stream.Length : _zipEntries[entry].Length;
        using var buffer = new MemoryStream((int)Math.Clamp(claimed, 0, Math.Min(maxBytes, 1 << 24)));
        var chunk = System.Buffers.ArrayPool<byte>.Shared.Rent(81920);
        int read;
        try
        {
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    throw new ExportFileException(entry, $"larger than {Units.Bytes(maxBytes)}, the most Mosaic reads for one file; skipped");
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (InvalidDataException e)
        {
            throw new ExportFileException(entry, $"the zip entry is damaged ({e.Message.TrimEnd('.')})");
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.Length == buffer.Capacity ? buffer.GetBuffer() : buffer.ToArray();
    }

    private static Stream OpenZipEntry(string name, ZipArchiveEntry entry)
    {
        try
        {
            return entry.Open();
        }
        catch (InvalidDataException e)
        {
            throw new ExportFileException(name, $"the zip entry cannot be opened ({e.Message.TrimEnd('.')})");
        }
    }

    public void Dispose() => _zip?.Dispose();
}
