using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Mosaic.Evaluation;
using Mosaic.Evaluation.Facts;
using Mosaic.Sample;
using Mosaic.Store.Sqlite;
using Spectre.Console;

namespace Mosaic.Cli;

/// `mosaic eval [--seed N] [--json] [--verbose]`: imports the sample workspace into a fresh temporary
/// database and scores search (recall@5) and ask (citation hit rate) against its ground truth, and the team model's
/// facts (precision and recall per kind) against the facts the sample states.
internal static class EvalCommand
{
    public static Command Create(CliContext context)
    {
        var seed = SampleCommand.Seed();
        var json = CliOptions.Json();
        var verbose = new Option<bool>("--verbose") { Description = "List every question that missed" };
        var command = new Command("eval", "Score search and answers on the sample workspace's ground truth") { seed, json, verbose };
        command.SetAction(MosaicCli.Guard(context, async (parse, ct) =>
        {
            var folder = Directory.CreateTempSubdirectory("mosaic-eval-");
            try
            {
                var sample = SampleWorkspaceGenerator.WriteExport(Path.Combine(folder.FullName, "sample.zip"), parse.GetValue(seed));
                EvalReport report;
                FactReport facts;
                await using (var store = await SqliteContentStore.OpenAsync(Path.Combine(folder.FullName, "eval.db"), ct))
                {
                    foreach (var (what, import) in await SampleLoader.ImportAsync(store, Path.Combine(folder.FullName, "sample.zip"), sample, null, ct))
                    {
                        if (import.Errors > 0)
                        {
                            throw new MosaicException($"The sample's {what} did not import cleanly: {import.Problems.First(p => p.IsError)}");
                        }
                    }

                    (report, facts) = await SampleEvaluation.RunAsync(store, sample, ct);
                }

                if (parse.GetValue(json))
                {
                    await context.Out.WriteLineAsync(CliJson.Serialize(new
                    {
                        seed = parse.GetValue(seed),
                        cases = report.Questions.Count,
                        search_recall_at_5 = Math.Round(report.SearchRecallAt5, 4),
                        ask_citation_hit_rate = Math.Round(report.CitationHitRate, 4),
                        by_kind = report.ByKind.Select(k => new { kind = k.Kind, cases = k.Cases, search_recall_at_5 = Math.Round(k.RecallAt5, 4), ask_citation_hit_rate = Math.Round(k.CitationHitRate, 4) }),
                        traps = new
                        {
                            cases = report.Traps.Count,
                            held = report.TrapsHeld,
                            broken = report.Traps.Where(t => !t.TrapHeld).Select(t => new { id = t.Id, question = t.Question, asker = t.Asker, audience = t.Audience, breaches = t.Breaches }),
                        },
                        facts = facts.Kinds.Select(k => new
                        {
                            kind = k.Kind, expected = k.Expected, learned = k.Learned, matched = k.Matched,
                            precision = Math.Round(k.Precision, 4), recall = Math.Round(k.Recall, 4),
                            missed = k.Missed.Select(m => new { item = m.Item, about = m.About, person = m.Person, status = m.Status, current = m.Current, replaced_by = m.ReplacedBy }),
                            unexpected = k.Unexpected,
                        }),
                        misses = report.Questions.Where(c => c.RecallAt5 < 1 || !c.CitationHit).Select(c => new
                        {
                            id = c.Id, kind = c.Kind, question = c.Question, asker = c.Asker, audience = c.Audience,
                            recall_at_5 = c.RecallAt5, citation_hit = c.CitationHit, expected = c.Expected, found = c.Found, cited = c.Cited,
                        }),
                    }));
                }
                else
                {
                    Print(context, report, parse.GetValue(verbose));
                    Print(context, facts, parse.GetValue(verbose));
                }

                if (!report.AllTrapsHeld)
                {
                    await context.Error.WriteLineAsync($"error: {report.Traps.Count - report.TrapsHeld} of {report.Traps.Count} privacy traps did not hold.");
                    return 1;
                }

                return 0;
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                folder.Delete(recursive: true);
            }
        }));
        return command;
    }

    private static void Print(CliContext context, EvalReport report, bool verbose)
    {
        var console = context.Console;
        var table = new Table().AddColumns("kind", "cases", "search recall@5", "ask citation hit rate");
        foreach (var (kind, cases, recall, hits) in report.ByKind)
        {
            table.AddRow(kind, cases.ToString(CultureInfo.InvariantCulture), Percent(recall), Percent(hits));
        }

        table.AddRow("[bold]all[/]", $"[bold]{report.Questions.Count}[/]", $"[bold]{Percent(report.SearchRecallAt5)}[/]", $"[bold]{Percent(report.CitationHitRate)}[/]");
        console.Write(table);
        var held = report.AllTrapsHeld ? "[green]held[/]" : "[red]did not all hold[/]";
        console.MarkupLine($"Privacy traps: {report.TrapsHeld} of {report.Traps.Count} {held} (nothing forbidden in search results, citations or answer text).");
        foreach (var trap in report.Traps.Where(t => !t.TrapHeld))
        {
            console.MarkupLine($"[red]{Markup.Escape(trap.Id)}[/] {Markup.Escape(trap.Question)} — as {trap.Asker}{(trap.Audience is null ? "" : " in #" + trap.Audience)}: {Markup.Escape(string.Join("; ", trap.Breaches))}");
        }

        if (!verbose)
        {
            return;
        }

        foreach (var miss in report.Questions.Where(c => c.RecallAt5 < 1 || !c.CitationHit))
        {
            console.MarkupLine($"[yellow]{Markup.Escape(miss.Id)}[/] ({miss.Kind}) {Markup.Escape(miss.Question)} — as {miss.Asker}{(miss.Audience is null ? "" : " in #" + miss.Audience)}");
            console.MarkupLine($"  expected {Markup.Escape(string.Join(", ", miss.Expected))}");
            console.MarkupLine($"  search   {Markup.Escape(string.Join(", ", miss.Found))}");
            console.MarkupLine($"  cited    {Markup.Escape(string.Join(", ", miss.Cited))}");
        }
    }

    private static void Print(CliContext context, FactReport facts, bool verbose)
    {
        var console = context.Console;
        var table = new Table().AddColumns("fact kind", "stated", "learned", "precision", "recall");
        foreach (var k in facts.Kinds)
        {
            table.AddRow(k.Kind, k.Expected.ToString(CultureInfo.InvariantCulture), k.Learned.ToString(CultureInfo.InvariantCulture), Percent(k.Precision), Percent(k.Recall));
        }

        console.Write(table);
        if (!verbose)
        {
            return;
        }

        foreach (var k in facts.Kinds)
        {
            foreach (var m in k.Missed)
            {
                var extra = string.Join("", new[] { m.Person is null ? null : " @" + m.Person, m.Status, m.Current is null ? null : m.Current.Value ? "current" : "replaced by " + m.ReplacedBy }.OfType<string>().Select(x => " " + x));
                console.MarkupLine($"[yellow]missed {Markup.Escape(k.Kind)}[/] {Markup.Escape(m.About)}{Markup.Escape(extra)} — {Markup.Escape(m.Item)}");
            }

            foreach (var u in k.Unexpected)
            {
                console.MarkupLine($"[yellow]unexpected {Markup.Escape(k.Kind)}[/] {Markup.Escape(u)}");
            }
        }
    }

    private static string Percent(double value) => (value * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
