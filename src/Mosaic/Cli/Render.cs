using System.Globalization;
using Mosaic.Ingestion;
using Mosaic.Requests;
using Mosaic.Store;
using Spectre.Console;

namespace Mosaic.Cli;

/// Human-readable output. Everything from the data is escaped: message text is shown, never interpreted.
internal static class Render
{
    public static void SearchResults(CliContext context, Request request, SearchResponse response)
    {
        var console = context.Console;
        if (response.Results.Count == 0)
        {
            console.MarkupLine($"[yellow]No results[/] in what {Audience(request)} can see.");
            return;
        }

        var n = 0;
        foreach (var r in response.Results)
        {
            n++;
            console.MarkupLine($"[bold]{n}.[/] {Header(r)}  [grey]score {r.Score?.ToString("0.00", CultureInfo.InvariantCulture)}[/]");
            console.MarkupLine("   " + Markup.Escape(Clip(r.Text, 300)).Replace("\n", "\n   ", StringComparison.Ordinal));
            console.MarkupLine($"   [grey]{Markup.Escape(r.Id)}{(r.Url is null ? "" : "  " + Markup.Escape(r.Url))}[/]");
        }

        console.MarkupLine($"[grey]{n} result(s) from what {Markup.Escape(Audience(request))} can see.[/]");
    }

    public static void Answer(CliContext context, Request request, AskResponse response)
    {
        var console = context.Console;
        console.WriteLine(response.Answer);
        if (response.Citations.Count == 0)
        {
            return;
        }

        console.WriteLine();
        console.MarkupLine("[bold]Sources[/]");
        foreach (var c in response.Citations)
        {
            console.MarkupLine($" [bold][[{c.N}]][/] {Header(c)}");
            console.MarkupLine("     " + Markup.Escape(Clip(c.Text, 300)).Replace("\n", "\n     ", StringComparison.Ordinal));
            console.MarkupLine($"     [grey]{Markup.Escape(c.Id)}{(c.Url is null ? "" : "  " + Markup.Escape(c.Url))}[/]");
        }

        console.MarkupLine($"[grey]Answer for {Markup.Escape(Audience(request))}, from what {Markup.Escape(Audience(request))} can see.[/]");
    }

    public static void ImportReport(CliContext context, string what, ImportReport report, string items, string files)
    {
        var console = context.Console;
        var t = report.Totals;
        var forgotten = t.ItemsForgotten > 0 ? $", skipped {Units.Count(t.ItemsForgotten)} you asked Mosaic to forget" : "";
        console.MarkupLine(
            $"Imported {Markup.Escape(what)}: [bold]{Units.Count(report.ItemsSeen)}[/] {items} — {Units.Count(t.ItemsAdded)} new, " +
            $"{Units.Count(t.ItemsUpdated)} updated, skipped {Units.Count(t.ItemsUnchanged)} unchanged{forgotten} — from {Units.Count(report.FilesRead)} {(report.FilesRead == 1 ? files.TrimEnd('s') : files)} " +
            $"in {report.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s ({Units.Count((long)report.ItemsPerSecond)} {items}/s).");
        if (t.PeopleAdded + t.ConversationsAdded > 0)
        {
            console.MarkupLine($"People added: {Units.Count(t.PeopleAdded)}. Conversations added: {Units.Count(t.ConversationsAdded)}.");
        }
        Problems(console, report.Problems, report.FilesFailed > 0 ? $"; {report.FilesFailed} {files} could not be read and were skipped" : "");
    }

    public static void BackfillReport(CliContext context, BackfillReport report)
    {
        var console = context.Console;
        var t = report.Totals;
        if (report.Resumed)
        {
            console.MarkupLine("Carried on from where an interrupted backfill stopped.");
        }

        console.MarkupLine(
            $"Backfilled Slack team {Markup.Escape(report.TeamId)}: {Units.Count(report.People)} people, {Units.Count(report.Conversations)} conversations, " +
            $"[bold]{Units.Count(report.MessagesStored)}[/] messages stored — {Units.Count(t.ItemsAdded)} new, {Units.Count(t.ItemsUpdated)} updated, " +
            $"skipped {Units.Count(t.ItemsUnchanged)} unchanged — {Units.Count(report.Threads)} threads read, in {report.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s.");
        if (report.Skipped.Count > 0)
        {
            console.MarkupLine($"[yellow]Skipped {report.Skipped.Count} conversation(s)[/], tried again next run:");
            foreach (var s in report.Skipped)
            {
                console.MarkupLine($"  {Markup.Escape(s.Name)} ({Markup.Escape(s.Id)}): {Markup.Escape(s.Reason)} — {Markup.Escape(s.Explanation)}");
            }
        }

        Problems(console, report.Problems, "");
    }

    private static void Problems(IAnsiConsole console, IReadOnlyList<ImportProblem> problems, string more)
    {
        if (problems.Count == 0)
        {
            console.MarkupLine("[green]No problems.[/]");
            return;
        }

        console.MarkupLine($"[yellow]{problems.Count(p => p.IsError)} error(s), {problems.Count(p => !p.IsError)} warning(s)[/]{more}:");
        foreach (var p in problems.Take(50))
        {
            console.MarkupLine($"  {(p.IsError ? "[red]error[/]  " : "[yellow]warning[/]")} {Markup.Escape(p.ToString())}");
        }

        if (problems.Count > 50)
        {
            console.MarkupLine($"  … and {problems.Count - 50} more.");
        }
    }

    private static string Header(SourceView r) =>
        $"{Markup.Escape(r.Conversation ?? (r.Source == BacklogRecord.Source ? "the backlog" : "your " + r.Source))} · [bold]{Markup.Escape(r.Author is { } a && !a.Contains(' ', StringComparison.Ordinal) ? "@" + a : r.Author ?? "someone")}[/] · {Markup.Escape(r.Timestamp)}";

    private static string Audience(Request request) => request.ShownIn is null ? "you" : "everyone in " + request.ShownIn.Label;

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..max] + "…";
}
