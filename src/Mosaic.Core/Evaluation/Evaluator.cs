using Mosaic.Requests;
using Mosaic.Sample;

namespace Mosaic.Evaluation;

/// Runs ground-truth questions through the same request path every interface uses, as the asker and
/// for the audience each case names.
public sealed class Evaluator(RequestFactory requests, QueryService queries)
{
    public async Task<EvalReport> RunAsync(IReadOnlyList<GroundTruthCase> cases, CancellationToken ct = default)
    {
        var results = new List<EvalCaseResult>();
        foreach (var c in cases)
        {
            var request = await requests.CreateAsync(c.Asker, c.Audience, ct);
            var expected = c.Expected.Select(e => $"slack:{e.ConversationId}/{e.Ts}").ToList();
            var search = await queries.SearchAsync(request, c.Question, 5, c.Now, ct);
            var found = search.Results.Select(r => r.Id).ToList();
            var ask = await queries.AskAsync(request, c.Question, c.Now, ct);
            var cited = ask.Citations.Select(r => r.Id).ToList();
            results.Add(new EvalCaseResult(
                c.Id, c.Kind, c.Question, c.Asker, c.Audience,
                expected.Count == 0 ? 1 : expected.Count(found.Contains) / (double)expected.Count,
                cited.Any(expected.Contains),
                expected, found, cited));
        }

        return new EvalReport(results);
    }
}
