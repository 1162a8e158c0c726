using Mosaic.Requests;
using Mosaic.Sample;

namespace Mosaic.Evaluation;

/// Runs ground-truth questions through the same request path every interface uses, as the asker and
/// for the audience each case names.
public sealed class Evaluator(RequestFactory requests, QueryService queries)
{
    /// How deep a trap looks into search results: farther than anyone reads.
    private const int TrapDepth = 20;

    public async Task<EvalReport> RunAsync(IReadOnlyList<GroundTruthCase> cases, CancellationToken ct = default)
    {
        var results = new List<EvalCaseResult>();
        foreach (var c in cases)
        {
            var request = await requests.CreateAsync(c.Asker, c.Audience, ct);
            var trap = c.Kind == GroundTruthKind.Trap;
            var search = await queries.SearchAsync(request, c.Question, trap ? TrapDepth : 5, c.Now, ct);
            var found = search.Results.Select(r => r.Id).ToList();
            var ask = await queries.AskAsync(request, c.Question, c.Now, ct);
            var cited = ask.Citations.Select(r => r.Id).ToList();

            var breaches = found.Intersect(c.Forbidden).Select(id => $"search showed {id}")
                .Concat(cited.Intersect(c.Forbidden).Select(id => $"answer cited {id}"))
                .Concat(c.ForbiddenPhrases.Where(p => ask.Answer.Contains(p, StringComparison.OrdinalIgnoreCase)).Select(p => $"answer says \"{p}\""))
                .ToList();
            var top5 = found.Take(5).ToList();
            results.Add(new EvalCaseResult(
                c.Id, c.Kind, c.Question, c.Asker, c.Audience,
                c.Expected.Count == 0 ? 1 : c.Expected.Count(top5.Contains) / (double)c.Expected.Count,
                c.Expected.Count == 0 || cited.Any(c.Expected.Contains),
                c.Expected, top5, cited)
            {
                IsTrap = trap,
                Breaches = breaches,
            });
        }

        return new EvalReport(results);
    }
}
