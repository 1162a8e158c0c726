using Mosaic.Answering;
using Mosaic.Retrieval;
using Mosaic.Store;

namespace Mosaic.Requests;

/// Search and ask for a resolved request: what every interface calls once it knows who asks and for whom.
/// Every result is recorded in the audit log with the items it showed and the audience that saw them.
/// With a TeamAnswerer, questions the team model can answer (owners, decisions, rhythms, terms, action items, ticket
/// status) are answered from current facts first, citing the items they came from.
public sealed class QueryService(IContentStore store, IDirectory directory, IAnswerer answerer, IAuditLog audit, RankingOptions? ranking = null, TeamAnswerer? team = null)
{
    private readonly Retriever _retriever = new(store, new NameResolver(directory), ranking);

    public async Task<SearchResponse> SearchAsync(Request request, string query, int limit, DateTimeOffset? now = null, CancellationToken ct = default)
    {
        if (limit is < 1 or > 1000)
        {
            throw new MosaicException($"--limit must be between 1 and 1000 (got {limit}).");
        }

        var result = await _retriever.RetrieveAsync(query, request.Asker, request.Access, new RetrievalOptions(limit, now, ContextAround: 0), ct);
        await audit.RecordAsync(new AuditEntry("search", request.Access, result.Hits.Select(h => h.Item.RowId).ToList()), ct);
        var workspace = await directory.GetWorkspaceAsync(ct);
        return new SearchResponse(result.Hits.Select(h => SourceView.Of(h.Item, workspace, score: h.Score)).ToList());
    }

    public async Task<AskResponse> AskAsync(Request request, string question, DateTimeOffset? now = null, CancellationToken ct = default)
    {
        // Facts are read with the request's audience, like retrieval, so their sources may be cited as they are.
        var answer = team is null ? null : await team.AnswerAsync(question, request.Access, ct);
        if (answer is null)
        {
            var result = await _retriever.RetrieveAsync(question, request.Asker, request.Access, new RetrievalOptions(8, now), ct);
            answer = await answerer.AnswerAsync(new Question(question, request.Asker, request.AudienceLabel), result, ct);
            var given = result.Hits.Select(h => h.Item.RowId).Concat(result.Context.Select(c => c.RowId)).ToHashSet();
            if (answer.Citations.FirstOrDefault(c => !given.Contains(c.Item.RowId)) is { } stray)
            {
                // An answerer may cite only what it was given; anything else could have come from outside the audience.
                throw new InvalidOperationException($"The answerer cited {stray.Item.Id}, which retrieval did not give it.");
            }
        }

        await audit.RecordAsync(new AuditEntry("ask", request.Access, answer.Citations.Select(c => c.Item.RowId).ToList()), ct);
        var workspace = await directory.GetWorkspaceAsync(ct);
        return new AskResponse(answer.Text, answer.Citations.Select(c => SourceView.Of(c.Item, workspace, n: c.N)).ToList());
    }
}
