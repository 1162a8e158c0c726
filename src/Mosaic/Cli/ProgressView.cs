using System.Diagnostics;
using Mosaic.Ingestion;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Mosaic.Cli;

/// A progress bar for long imports on a terminal: files (or conversations) done of total, items so far, and the rate.
/// Off a terminal (pipes, CI, tests) it stays quiet and the final report says it all.
internal static class ProgressView
{
    private const string ItemsKey = "items";

    /// Unit names what FilesDone counts; plain, when set, has a line written to stderr each time one is done off a
    /// terminal, for runs long enough that silence would look like a hang.
    public static async Task<T> RunAsync<T>(CliContext context, string title, Func<IProgress<ImportProgress>, Task<T>> work, string unit = "files", bool plain = false)
    {
        if (!context.Interactive)
        {
            var done = -1;
            return await work(new SynchronousProgress(p =>
            {
                if (plain && p.FilesDone != done && p.FilesTotal > 0)
                {
                    done = p.FilesDone;
                    context.Error.WriteLine($"{title}: {Units.Count(p.FilesDone)}/{Units.Count(p.FilesTotal)} {unit}, {Units.Count(p.Items)} items{(p.CurrentFile is null ? "" : " · " + p.CurrentFile)}");
                }
            }));
        }

        return await context.Console.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new CountsColumn(unit), new ElapsedTimeColumn())
            .StartAsync(async progressContext =>
            {
                var task = progressContext.AddTask(title, maxValue: 1);
                var reporter = new SynchronousProgress(p =>
                {
                    task.MaxValue = Math.Max(p.FilesTotal, 1);
                    task.Value = p.FilesDone;
                    task.State.Update<int>(ItemsKey, _ => p.Items);
                });
                var result = await work(reporter);
                task.Value = task.MaxValue;
                task.StopTask();
                return result;
            });
    }

    /// Progress<T> posts to the thread pool; a bar wants the latest value now.
    private sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }

    private sealed class CountsColumn(string unit) : ProgressColumn
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();

        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime)
        {
            var items = task.State.Get<int>(ItemsKey);
            var rate = _clock.Elapsed.TotalSeconds > 0 ? items / _clock.Elapsed.TotalSeconds : 0;
            return new Markup($"{Units.Count((long)task.Value)}/{Units.Count((long)task.MaxValue)} {unit} · {Units.Count(items)} items · {Units.Count((long)rate)}/s");
        }
    }
}
