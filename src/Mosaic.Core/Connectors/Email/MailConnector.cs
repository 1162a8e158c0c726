using System.Runtime.CompilerServices;
using Mosaic.Ingestion;

namespace Mosaic.Connectors.Email;

/// Reads mail: mbox files, single messages (.eml) and Maildir folders (the files under cur/ and new/), given
/// as one file or a folder read recursively. In a folder it reads *.eml, *.mbox, files under any cur/ or new/
/// folder, and extension-less files that start with "From " (Thunderbird and mutt keep mboxes so). Any file
/// that starts with "From " is read as an mbox, every other file as one message.
public sealed class MailConnector : IPersonalConnector
{
    public string Name => "mail";

    public async IAsyncEnumerable<SourceUnit> ReadAsync(string path, [EnumeratorCancellation] CancellationToken ct = default)
    {
        foreach (var (full, relative) in ListFiles(path))
        {
            ct.ThrowIfCancellationRequested();
            yield return ReadFile(full, relative, ct);

            // Parsing is synchronous (MimeKit's persistent mode wants a seekable stream read in place);
            // yielding between files keeps a long import from holding the caller's thread throughout.
            await Task.Yield();
        }
    }

    // Hidden folders are read: Maildir++ keeps its subfolders as .Sent, .Drafts, ….
    private static List<(string Full, string Relative)> ListFiles(string path) =>
        SourceFiles.List(path, IsMailFile, includeHidden: true);

    private static bool IsMailFile(string full, string relative)
    {
        if (relative.EndsWith(".eml", StringComparison.OrdinalIgnoreCase) || relative.EndsWith(".mbox", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var parts = relative.Split('/');
        if (parts[..^1].Any(p => p is "cur" or "new"))
        {
            return true;
        }

        if (Path.GetExtension(parts[^1]).Length > 0)
        {
            return false;
        }

        try
        {
            using var stream = File.OpenRead(full);
            return MailFile.IsMbox(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static SourceUnit ReadFile(string full, string relative, CancellationToken ct)
    {
        var reader = new MailFile(relative, full);
        try
        {
            reader.Read(ct);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new SourceUnit(relative, [], [new ImportProblem(relative, null, $"could not be read: {e.Message}")]);
        }

        return new SourceUnit(relative, reader.Items, reader.Problems);
    }
}
