namespace Mosaic.Connectors;

/// The files a personal source path names: the file itself, or every file under the folder that the connector
/// accepts, by relative path in ordinal order so imports are repeatable. Links are never followed.
internal static class SourceFiles
{
    /// accept gets the full and the relative path (forward slashes). Hidden files and folders are skipped unless
    /// the source keeps real data in them (Maildir++ folders are ".Sent", ".Drafts").
    public static List<(string Full, string Relative)> List(string path, Func<string, string, bool> accept, bool includeHidden = false)
    {
        if (File.Exists(path))
        {
            return [(path, Path.GetFileName(path))];
        }

        if (!Directory.Exists(path))
        {
            throw new MosaicException($"{path}: no such file or folder");
        }

        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            AttributesToSkip = includeHidden ? FileAttributes.ReparsePoint : FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint,
        };
        return Directory.EnumerateFiles(path, "*", options)
            .Select(f => (Full: f, Relative: Path.GetRelativePath(path, f).Replace('\\', '/')))
            .Where(f => includeHidden || !f.Relative.Split('/').Any(part => part.StartsWith('.')))
            .Where(f => accept(f.Full, f.Relative))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .ToList();
    }
}
