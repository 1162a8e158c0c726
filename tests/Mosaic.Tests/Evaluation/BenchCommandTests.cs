using System.Text.Json;
using Mosaic.Connectors.Locomo;
using Mosaic.Tests.Cli;
using Mosaic.Tests.Fakes;

namespace Mosaic.Tests.Evaluation;

/// The benchmarks are commands; these run each one in a small configuration to prove it works and reports what
/// it promises. No timing is asserted: machines differ, and docs/benchmarks.md holds the figures.
public sealed class BenchCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    /// Two sessions between two people, in LoCoMo's own layout, with questions whose evidence is plain to find.
    private string TinyLocomo()
    {
        var path = _temp.File("locomo.json");
        File.WriteAllText(path, """
        [{
          "sample_id": "conv-t",
          "conversation": {
            "speaker_a": "Ana", "speaker_b": "Ben",
            "session_1_date_time": "1:56 pm on 8 May, 2023",
            "session_1": [
              {"speaker": "Ana", "dia_id": "D1:1", "text": "Hi Ben, how was your week?"},
              {"speaker": "Ben", "dia_id": "D1:2", "text": "Busy. I adopted a greyhound called Pixel on Saturday."},
              {"speaker": "Ana", "dia_id": "D1:3", "text": "Lovely! I started a pottery class at the community centre."},
              {"speaker": "Ben", "dia_id": "D1:4", "text": "Look at this", "img_url": ["x"], "blip_caption": "a photo of a dog on a beach"}
            ],
            "session_2_date_time": "10:04 am on 20 May, 2023",
            "session_2": [
              {"speaker": "Ben", "dia_id": "D2:1", "text": "Pixel learned to fetch the frisbee."},
              {"speaker": "Ana", "dia_id": "D2:2", "text": "My pottery teacher says my bowls are improving."},
              {"speaker": "Ben", "dia_id": "D2:3", "text": "We are planning a camping trip to the lake district in June."}
            ]
          },
          "qa": [
            {"question": "What is the name of Ben's greyhound?", "answer": "Pixel", "evidence": ["D1:2"], "category": 4},
            {"question": "Which class did Ana start?", "answer": "pottery", "evidence": ["D1:3"], "category": 4},
            {"question": "Where is Ben going camping?", "answer": "lake district", "evidence": ["D:2:3"], "category": 1},
            {"question": "When did Ben adopt the dog?", "answer": "6 May 2023", "evidence": ["D1:2"], "category": 2},
            {"question": "What would Ana enjoy as a gift?", "answer": "clay", "evidence": ["D1:3; D2:2"], "category": 3},
            {"question": "What did Ana name her cat?", "adversarial_answer": "Pixel", "evidence": ["D1:2"], "category": 5}
          ]
        }]
        """);
        return path;
    }

    [Fact]
    public async Task Locomo_FindsPlainEvidence_ReportsEveryCategoryAndTheBaseline_InJson()
    {
        var run = await CliRunner.RunAsync("bench", "locomo", TinyLocomo(), "--json");

        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal("locomo", json.RootElement.GetProperty("benchmark").GetString());
        var results = json.RootElement.GetProperty("results").EnumerateArray().ToDictionary(r => r.GetProperty("scope").GetString()!);
        var overall = results["1–4 overall"];
        Assert.Equal(5, overall.GetProperty("mosaic").GetProperty("questions").GetInt32());
        // Four questions share words with their evidence and come first; the gift question shares none.
        Assert.True(overall.GetProperty("mosaic").GetProperty("recall_at_1").GetDouble() >= 0.8, run.Out);
        Assert.True(overall.GetProperty("baseline").GetProperty("recall_at_5").GetDouble() is > 0 and < 0.8, run.Out);
        Assert.True(overall.GetProperty("ratio_recall_at_10").GetDouble() > 1, run.Out);
        Assert.Contains(results.Keys, k => k.StartsWith('5'));
        Assert.Equal(1, results.Values.Single(r => r.GetProperty("scope").GetString()!.StartsWith('5')).GetProperty("mosaic").GetProperty("questions").GetInt32());
    }

    [Fact]
    public async Task Locomo_Table_NamesTheCategories_AndLimitAsksFewerQuestions()
    {
        var run = await CliRunner.RunAsync("bench", "locomo", TinyLocomo(), "--limit", "2");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("1–4 overall", run.Out);
        Assert.Contains("baseline", run.Out);
        Assert.Contains("1 conversations", run.Out);
        Assert.Contains("2 questions with evidence", run.Out);
    }

    [Fact]
    public async Task Locomo_ABrokenFile_IsAnErrorNamingTheFileAndTheConversation()
    {
        var missingDate = _temp.File("broken.json");
        File.WriteAllText(missingDate, """[{"sample_id": "c", "conversation": {"speaker_a": "A", "speaker_b": "B", "session_1": [{"speaker": "A", "dia_id": "D1:1", "text": "hi"}]}, "qa": []}]""");
        var notJson = _temp.File("not.json");
        File.WriteAllText(notJson, "{ this is not");

        var first = await CliRunner.RunAsync("bench", "locomo", missingDate);
        var second = await CliRunner.RunAsync("bench", "locomo", notJson);

        Assert.NotEqual(0, first.ExitCode);
        Assert.Contains("broken.json, conversation 1", first.Error);
        Assert.Contains("session_1_date_time", first.Error);
        Assert.NotEqual(0, second.ExitCode);
        Assert.Contains("not.json", second.Error);
    }

    [Fact]
    public void LocomoEvidence_IsRepairedTheWayTheFileNeeds()
    {
        Assert.Equal(["D8:6", "D9:17"], LocomoDataset.Evidence("D8:6; D9:17"));
        Assert.Equal(["D11:26"], LocomoDataset.Evidence("D:11:26"));
        Assert.Equal(["D30:5"], LocomoDataset.Evidence("D30:05"));
        Assert.Equal(new DateTimeOffset(2023, 5, 8, 13, 56, 0, TimeSpan.Zero), LocomoDataset.SessionTime("1:56 pm on 8 May, 2023"));
    }

    [Fact]
    public async Task Scale_ImportsEveryGeneratedMessage_AndTimesSearchAskAndTheRawBaseline()
    {
        var run = await CliRunner.RunAsync("bench", "scale", "--messages", "3000", "--queries", "20", "--json");

        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.InRange(root.GetProperty("messages_generated").GetInt32(), 2700, 3300);
        Assert.Equal(root.GetProperty("messages_generated").GetInt32(), root.GetProperty("messages").GetInt32());
        Assert.Equal(0, root.GetProperty("import_errors").GetInt32());
        Assert.True(root.GetProperty("raw_fts5_inserts_per_second").GetDouble() > 0);
        Assert.True(root.GetProperty("import_to_raw_ratio").GetDouble() > 0);
        Assert.True(root.GetProperty("database_bytes_per_message").GetDouble() > 0);
        foreach (var name in new[] { "search", "ask", "raw_fts5_query" })
        {
            Assert.Equal(20, root.GetProperty(name).GetProperty("count").GetInt32());
            Assert.True(root.GetProperty(name).GetProperty("p99_ms").GetDouble() >= root.GetProperty(name).GetProperty("p50_ms").GetDouble());
        }
    }

    [Fact]
    public async Task Scale_RefusesSizesOutsideItsRange_NamingTheOption()
    {
        var run = await CliRunner.RunAsync("bench", "scale", "--messages", "10");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--messages", run.Error);
    }

    [Fact]
    public async Task Slack_AcknowledgesEveryEvent_StoresEachOnce_AndIgnoresRetries()
    {
        var run = await CliRunner.RunAsync("bench", "slack", "--events", "60", "--clients", "4", "--json");

        Assert.True(run.ExitCode == 0, run.Error + run.Out);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal("slack", root.GetProperty("benchmark").GetString());
        Assert.Equal(60, root.GetProperty("events").GetInt32());
        Assert.Equal(3, root.GetProperty("retries").GetInt32());
        Assert.Equal(60, root.GetProperty("acked").GetInt32());
        Assert.Equal(3, root.GetProperty("retries_acked").GetInt32());
        Assert.Equal(0, root.GetProperty("failed").GetInt32());
        Assert.True(root.GetProperty("stored_once").GetBoolean(), run.Out);
        Assert.Equal(0, root.GetProperty("missing").GetInt32());
        Assert.Equal(0, root.GetProperty("duplicates").GetInt32());
        Assert.True(root.GetProperty("ack_ms").GetProperty("p99").GetDouble() >= root.GetProperty("ack_ms").GetProperty("p50").GetDouble());
        Assert.True(root.GetProperty("baseline_ms").GetProperty("p99").GetDouble() > 0);
        Assert.True(root.GetProperty("ratio_p99").GetDouble() > 0);
        Assert.True(root.GetProperty("applied_per_second").GetDouble() > 0);
    }

    [Fact]
    public async Task Slack_Table_SaysEveryEventWasStoredOnce()
    {
        var run = await CliRunner.RunAsync("bench", "slack", "--events", "20", "--clients", "2");

        Assert.True(run.ExitCode == 0, run.Error + run.Out);
        Assert.Contains("GET /health (baseline)", run.Out);
        Assert.Contains("every event stored exactly once", run.Out);
    }

    [Fact]
    public async Task Import_ComparesStoringWithParsingAlone()
    {
        var run = await CliRunner.RunAsync("bench", "import", "--runs", "1");

        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(4959, json.RootElement.GetProperty("messages").GetInt32());
        Assert.True(json.RootElement.GetProperty("import_to_parse_time_ratio").GetDouble() > 0);
    }
}
