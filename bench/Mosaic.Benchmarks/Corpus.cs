using Mosaic.Connectors.Slack;
using Mosaic.Evaluation.Scale;
using Mosaic.Ingestion;
using Mosaic.Sample;
using Mosaic.Store.Sqlite;

namespace Mosaic.Benchmarks;

/// The inputs the benchmarks share, made once per process in a temporary folder.
internal static class Corpus
{
    private static readonly Lazy<string> Folder = new(() => Directory.CreateTempSubdirectory("mosaic-bench-").FullName);

    /// The sample workspace's export (4,958 real-looking team messages), for text and parsing.
    public static string SampleExport => SampleZip.Value;

    private static readonly Lazy<string> SampleZip = new(() =>
    {
        var zip = Path.Combine(Folder.Value, "sample.zip");
        SampleWorkspaceGenerator.WriteExport(zip);
        return zip;
    });

    /// Every message text of the sample workspace.
    public static IReadOnlyList<string> Texts => SampleTexts.Value;

    private static readonly Lazy<IReadOnlyList<string>> SampleTexts = new(() =>
    {
        using var export = SlackExport.Open(SampleExport);
        return [.. export.DayFiles.SelectMany(d => export.ReadDay(d).Messages).Select(m => m.Text).Where(t => t.Length > 0)];
    });

    /// A synthetic workspace of this many messages (200 people, 500 channels with different members), imported.
    public const int ScaleMessages = 20_000;

    public static string ScaleDatabase => ScaleDb.Value;

    private static readonly Lazy<string> ScaleDb = new(() =>
    {
        var export = Path.Combine(Folder.Value, "scale");
        var workspace = new ScaleWorkspace(7);
        workspace.WriteExport(export, ScaleMessages);
        var path = Path.Combine(Folder.Value, "scale.db");
        Task.Run(async () =>
        {
            await using var store = await SqliteContentStore.OpenAsync(path);
            await new SlackImporter(store, store).ImportAsync(export);
        }).GetAwaiter().GetResult();
        return path;
    });

    public static ScaleWorkspace Scale { get; } = new(7);

    /// A question of this many content words drawn from the synthetic vocabulary, whose most common words are
    /// stop words that a person's question would not rest on.
    public static IReadOnlyList<string> QueryTerms(int seed, int words)
    {
        var random = new Random(seed);
        var terms = new List<string>();
        while (terms.Count < words)
        {
            terms = [.. terms.Union(Mosaic.Retrieval.Terms.Of(Scale.Word(random)))];
        }

        return terms;
    }
}
