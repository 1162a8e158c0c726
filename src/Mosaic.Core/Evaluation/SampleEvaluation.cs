using Mosaic.Answering;
using Mosaic.Evaluation.Facts;
using Mosaic.Requests;
using Mosaic.Retrieval;
using Mosaic.Sample;
using Mosaic.Store.Sqlite;
using Mosaic.Team;

namespace Mosaic.Evaluation;

/// The sample's whole evaluation on a store it was imported into: the team model learned first (as `mosaic serve`
/// would have), the questions asked through the request path every interface uses, and the learned facts scored.
public static class SampleEvaluation
{
    /// Roles are scored as seen in #general, the conversation everyone is in (asked by one of them).
    private const string Everyone = "general";

    private const string Member = "maya";

    public static async Task<(EvalReport Answers, FactReport Facts)> RunAsync(SqliteContentStore store, SampleWorkspace sample, CancellationToken ct = default)
    {
        await FactPipeline.WithRules(store).RunAsync(ct);
        var requests = new RequestFactory(new NameResolver(store));
        var roles = new RoleFinder(store, store, store);
        var queries = new QueryService(store, store, new ExtractiveAnswerer(), store, team: new TeamAnswerer(store, store, roles: roles));
        var answers = await new Evaluator(requests, queries).RunAsync(sample.GroundTruth, ct);
        var everyone = await requests.CreateAsync(Member, Everyone, ct);
        var facts = await new FactEvaluator(store, store, roles).RunAsync(sample.Facts, sample.Roles, everyone.Access, ct);
        return (answers, facts);
    }
}
