using BenchmarkDotNet.Running;

namespace Mosaic.Benchmarks;

/// Micro-benchmarks of the hot paths: `dotnet run -c Release --project bench/Mosaic.Benchmarks -- --filter '*'`.
/// Each class measures Mosaic's code beside a plain baseline in the same run; BenchmarkDotNet's Ratio column is
/// the figure to compare across machines. Results land in BenchmarkDotNet.Artifacts/results (JSON and Markdown).
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, BenchConfig.Full());
}
