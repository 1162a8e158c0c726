using Mosaic.Benchmarks;
using Mosaic.Tests.Fakes;

namespace Mosaic.Tests.Evaluation;

/// Every BenchmarkDotNet benchmark runs once, in this process: a benchmark that throws or no longer builds its
/// inputs fails here rather than on the day someone measures. Nothing is timed.
public sealed class MicroBenchmarkTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void EveryMicroBenchmark_RunsWithoutError()
    {
        var summaries = BenchConfig.RunQuick(_temp.File("artifacts"));

        Assert.Equal(BenchConfig.All.Length, summaries.Count);
        foreach (var summary in summaries)
        {
            Assert.NotEmpty(summary.Reports);
            Assert.All(summary.Reports, r => Assert.True(r.Success, $"{r.BenchmarkCase.DisplayInfo} failed"));
            // A checkout under /tmp draws a warning about shadow copies that does not apply to in-process runs.
            Assert.DoesNotContain(summary.ValidationErrors, e => e.IsCritical);
        }
    }
}
