using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.NoEmit;

namespace Mosaic.Benchmarks;

public static class BenchConfig
{
    /// Every benchmark class of this assembly.
    public static Type[] All { get; } = [typeof(TextBenchmarks), typeof(ScoringBenchmarks), typeof(AudienceBenchmarks), typeof(ImportBenchmarks)];

    /// The real measurement: BenchmarkDotNet's default job, memory figures, and JSON for machines.
    public static IConfig Full() => DefaultConfig.Instance
        .AddDiagnoser(BenchmarkDotNet.Diagnosers.MemoryDiagnoser.Default)
        .AddExporter(JsonExporter.Brief);

    /// One pass of each benchmark in this process: proves that they run, measures nothing worth keeping. CI uses it.
    public static IReadOnlyList<Summary> RunQuick(string artifacts)
    {
        var config = ManualConfig.CreateEmpty()
            .AddJob(Job.Dry.WithToolchain(InProcessNoEmitToolchain.Instance))
            .AddLogger(BenchmarkDotNet.Loggers.NullLogger.Instance)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddExporter(JsonExporter.Brief)
            .WithArtifactsPath(artifacts)
            .WithOptions(ConfigOptions.DisableLogFile);
        return [.. All.Select(type => BenchmarkRunner.Run(type, config))];
    }
}
