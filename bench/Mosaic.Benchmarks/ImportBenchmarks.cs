using System.IO.Compression;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Mosaic.Connectors.Slack;

namespace Mosaic.Benchmarks;

/// Reading every day file of the sample export (705 files, 4,958 messages, zipped): parsing the JSON alone, and
/// reading it into Mosaic's messages with every check (types, sizes, UTF-8, duplicates, markup).
public class ImportBenchmarks
{
    private SlackExport _export = null!;
    private ZipArchive _zip = null!;

    [GlobalSetup]
    public void Setup()
    {
        _export = SlackExport.Open(Corpus.SampleExport);
        _zip = ZipFile.OpenRead(Corpus.SampleExport);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _export.Dispose();
        _zip.Dispose();
    }

    [Benchmark(Baseline = true)]
    public int JsonDocumentOnly()
    {
        var count = 0;
        foreach (var entry in _zip.Entries.Where(e => e.FullName.Contains('/', StringComparison.Ordinal) && e.FullName.EndsWith(".json", StringComparison.Ordinal)))
        {
            using var stream = entry.Open();
            using var document = JsonDocument.Parse(stream);
            count += document.RootElement.GetArrayLength();
        }

        return count;
    }

    [Benchmark]
    public int ReadDayFiles()
    {
        var count = 0;
        foreach (var day in _export.DayFiles)
        {
            count += _export.ReadDay(day).Messages.Count;
        }

        return count;
    }
}
