using Microsoft.Data.Sqlite;
using Mosaic.Answering;
using Mosaic.Connectors.Locomo;
using Mosaic.Domain;
using Mosaic.Permissions;
using Mosaic.Requests;
using Mosaic.Retrieval;
using Mosaic.Store;
using Mosaic.Store.Sqlite;

namespace Mosaic.Evaluation.Locomo;

/// Evidence retrieval on LoCoMo. Each conversation is written through the store's normal import path as a DM
/// between its two speakers (turn times from the session dates, ref = dia_id); each question is asked as the
/// first speaker through the same path `mosaic search` takes, and scored by where its evidence turns rank.
/// In the same run, a plain BM25 over single turns (FTS5's default tokenizer, English stop words, no context)
/// answers the same questions, so every figure also has a ratio.
public static class LocomoBenchmark
{
    public const int Depth = 20;

    public static IReadOnlyDictionary<int, string> Categories { get; } = new Dictionary<int, string>
    {
        [1] = "multi-hop",
        [2] = "temporal",
        [3] = "open-domain",
        [4] = "single-hop",
        [5] = "adversarial",
    };

    public static async Task<LocomoReport> RunAsync(
        IReadOnlyList<LocomoConversation> conversations, int? questionsPerConversation = null, RankingOptions? ranking = null, CancellationToken ct = default)
    {
        await using var store = await SqliteContentStore.OpenInMemoryAsync(ct);
        foreach (var conversation in conversations)
        {
            await store.WriteAsync(Batch(conversation), ct);
        }

        var requests = new RequestFactory(new NameResolver(store));
        var queries = new QueryService(store, store, new ExtractiveAnswerer(), store, ranking);
        using var baseline = await PlainBm25.CreateAsync(conversations, ct);

        var results = new List<LocomoResult>();
        foreach (var conversation in conversations)
        {
            var request = await requests.CreateAsync(Key(conversation, conversation.SpeakerA), null, ct);
            foreach (var question in conversation.Questions.Where(q => q.Evidence.Count > 0).Take(questionsPerConversation ?? int.MaxValue))
            {
                var search = await queries.SearchAsync(request, question.Question, Depth, conversation.LastTime, ct);
                var mosaic = search.Results.Select(r => r.Ref).ToList();
                var plain = await baseline.SearchAsync(conversation.SampleId, question.Question, Depth, ct);
                results.Add(new LocomoResult(conversation.SampleId, question, mosaic, plain));
            }
        }

        return new LocomoReport(results);
    }

    /// The asker's identity: speakers are named per conversation, so the same first name in two conversations
    /// is two people.
    private static string Key(LocomoConversation conversation, string speaker) => $"{conversation.SampleId}:{speaker}";

    internal static ImportBatch Batch(LocomoConversation conversation)
    {
        PersonRef Ref(string speaker) => PersonRef.Slack(Key(conversation, speaker));
        PersonRecord Person(string speaker) => new(
            Ref(speaker), speaker, speaker.ToLowerInvariant(), speaker, null, null, false, false, [new Identity(IdentityKind.RealName, speaker)]);

        var people = new[] { conversation.SpeakerA, conversation.SpeakerB }.Distinct(StringComparer.Ordinal).Select(Person).ToList();
        var dm = new ConversationRecord(
            "locomo", conversation.SampleId, ConversationKind.DirectMessage, $"{conversation.SpeakerA} & {conversation.SpeakerB}", null, null, null, false,
            people.Select(p => p.Key).ToList());
        var items = conversation.Turns.Select(t => new ItemRecord(
            "locomo", $"{conversation.SampleId}/{t.DiaId}", t.DiaId, Scope.Conversation("locomo", conversation.SampleId), Ref(t.Speaker), t.Time,
            null, "message", t.Text, t.Text.Length > 0, [], new Dictionary<string, int>(), 0, null)).ToList();
        return new ImportBatch(conversation.SampleId, null, people, [dm], [], items);
    }

    /// The baseline: one turn per document, lower-cased words, English stop words dropped, BM25 (k1 = 1.2,
    /// b = 0.75, FTS5's own), the question asked as is.
    private sealed class PlainBm25 : IDisposable
    {
        private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
        {
            "a", "about", "above", "after", "again", "against", "all", "am", "an", "and", "any", "are", "as", "at", "be", "because", "been",
            "before", "being", "below", "between", "both", "but", "by", "can", "did", "do", "does", "doing", "down", "during", "each", "few",
            "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how",
            "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not", "now", "of",
            "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own", "same", "she", "should", "so", "some",
            "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those", "through",
            "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why",
            "will", "with", "would", "you", "your", "yours", "yourself", "yourselves",
        };

        private readonly SqliteConnection _connection;
        private readonly Dictionary<string, string> _tables;

        private PlainBm25(SqliteConnection connection, Dictionary<string, string> tables) => (_connection, _tables) = (connection, tables);

        public static async Task<PlainBm25> CreateAsync(IReadOnlyList<LocomoConversation> conversations, CancellationToken ct)
        {
            var connection = new SqliteConnection("Data Source=:memory:");
            await connection.OpenAsync(ct);
            var tables = new Dictionary<string, string>(StringComparer.Ordinal);
            await using var tx = connection.BeginTransaction();
            foreach (var conversation in conversations)
            {
                // Each conversation is its own corpus, so word statistics come from that conversation alone.
                var table = $"turns{tables.Count}";
                tables[conversation.SampleId] = table;
                await using (var create = connection.CreateCommand())
                {
                    create.CommandText = $"CREATE VIRTUAL TABLE {table} USING fts5(dia UNINDEXED, text)";
                    await create.ExecuteNonQueryAsync(ct);
                }

                await using var insert = connection.CreateCommand();
                insert.CommandText = $"INSERT INTO {table}(dia, text) VALUES ($d, $t)";
                var (d, t) = (insert.Parameters.Add("$d", SqliteType.Text), insert.Parameters.Add("$t", SqliteType.Text));
                foreach (var turn in conversation.Turns)
                {
                    (d.Value, t.Value) = (turn.DiaId, turn.Text);
                    await insert.ExecuteNonQueryAsync(ct);
                }
            }

            await tx.CommitAsync(ct);
            return new PlainBm25(connection, tables);
        }

        public async Task<List<string>> SearchAsync(string sample, string question, int limit, CancellationToken ct)
        {
            var words = System.Text.RegularExpressions.Regex.Matches(question.ToLowerInvariant(), @"[\p{L}\p{N}]+")
                .Select(m => m.Value).Where(w => !StopWords.Contains(w)).Distinct().ToList();
            if (words.Count == 0)
            {
                return [];
            }

            await using var command = _connection.CreateCommand();
            var table = _tables[sample];
            command.CommandText = $"SELECT dia FROM {table} WHERE {table} MATCH $q ORDER BY rank LIMIT $limit";
            command.Parameters.AddWithValue("$q", string.Join(" OR ", words.Select(w => $"\"{w}\"")));
            command.Parameters.AddWithValue("$limit", limit);
            var found = new List<string>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                found.Add(reader.GetString(0));
            }

            return found;
        }

        public void Dispose() => _connection.Dispose();
    }
}
