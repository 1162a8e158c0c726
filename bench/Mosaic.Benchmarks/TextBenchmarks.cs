using BenchmarkDotNet.Attributes;
using Mosaic.Retrieval;

namespace Mosaic.Benchmarks;

/// Text normalisation and tokenising over every message of the sample workspace (4,958 messages).
public class TextBenchmarks
{
    private IReadOnlyList<string> _texts = [];

    [GlobalSetup]
    public void Setup() => _texts = Corpus.Texts;

    /// The least a tokeniser can do: lower-case, split where a character is neither letter nor digit.
    [Benchmark(Baseline = true)]
    public int LowerAndSplit()
    {
        var count = 0;
        foreach (var text in _texts)
        {
            var lower = text.ToLowerInvariant();
            var inWord = false;
            foreach (var c in lower)
            {
                var letter = char.IsLetterOrDigit(c);
                count += letter && !inWord ? 1 : 0;
                inWord = letter;
            }
        }

        return count;
    }

    /// Mosaic's words: Slack markup read, stop words dropped, identifiers kept whole.
    [Benchmark]
    public int Terms()
    {
        var count = 0;
        foreach (var text in _texts)
        {
            count += Retrieval.Terms.Of(text).Count;
        }

        return count;
    }

    /// Words and their Porter stems, as ranking compares them.
    [Benchmark]
    public int Stems()
    {
        var count = 0;
        foreach (var text in _texts)
        {
            count += Retrieval.Terms.StemsOf(text).Count;
        }

        return count;
    }

    /// The form duplicate messages are recognised by.
    [Benchmark]
    public int Normalise()
    {
        var length = 0;
        foreach (var text in _texts)
        {
            length += Relevance.Normalise(text).Length;
        }

        return length;
    }
}
