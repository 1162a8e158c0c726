using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Mosaic.Evaluation.Scale;

/// A large synthetic Slack workspace for load: 200 people, 500 channels of very different sizes and traffic (a
/// tenth private), messages with a long-tailed length, threads, mentions and ticket keys, over 90 days. Written as
/// a genuine export folder so the real importer reads it. The same seed gives the same workspace.
public sealed class ScaleWorkspace
{
    public const int People = 200;
    public const int Channels = 500;
    public const int Days = 90;

    private static readonly DateTimeOffset Start = new(2025, 6, 2, 0, 0, 0, TimeSpan.Zero);

    private readonly int _seed;
    private readonly string[] _vocabulary;
    private readonly double[] _cumulative;

    public ScaleWorkspace(int seed)
    {
        _seed = seed;
        var random = new Random(seed);
        _vocabulary = Vocabulary(random);

        // Word use follows Zipf's law: a few words everywhere, most words rare.
        _cumulative = new double[_vocabulary.Length];
        var total = 0.0;
        for (var i = 0; i < _vocabulary.Length; i++)
        {
            total += 1.0 / (i + 1);
            _cumulative[i] = total;
        }
    }

    public IReadOnlyList<string> Vocabulary() => _vocabulary;

    /// Channel memberships: channel i's members, and whether it is private.
    public IReadOnlyList<(string Id, string Name, bool Private, int[] Members, double Traffic)> ChannelList()
    {
        var random = new Random(_seed + 1);
        var list = new List<(string, string, bool, int[], double)>();
        for (var c = 0; c < Channels; c++)
        {
            // Sizes from 3 to all 200; traffic Zipf-like, so a few channels carry most messages.
            var size = c == 0 ? People : Math.Clamp((int)(3 + Math.Pow(random.NextDouble(), 3) * People), 3, People);
            var members = Enumerable.Range(0, People).OrderBy(_ => random.Next()).Take(size).Order().ToArray();
            list.Add(($"C{c:D6}", $"channel-{c:D3}", c % 10 == 9, members, 1.0 / Math.Pow(c + 1, 0.8)));
        }

        return list;
    }

    public static string PersonId(int p) => $"U{p:D6}";

    public static string PersonName(int p) => $"person{p:D3}";

    /// Writes the export folder with about `messages` messages; returns how many it wrote.
    public int WriteExport(string folder, int messages)
    {
        Directory.CreateDirectory(folder);
        WriteJson(Path.Combine(folder, "users.json"), w =>
        {
            w.WriteStartArray();
            for (var p = 0; p < People; p++)
            {
                w.WriteStartObject();
                w.WriteString("id", PersonId(p));
                w.WriteString("team_id", "T0SCALE");
                w.WriteString("name", PersonName(p));
                w.WriteString("real_name", $"Person {p}");
                w.WriteString("tz", "Europe/Berlin");
                w.WriteStartObject("profile");
                w.WriteString("email", $"{PersonName(p)}@scale.example");
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });

        var channels = ChannelList();
        foreach (var (file, isPrivate) in new[] { ("channels.json", false), ("groups.json", true) })
        {
            WriteJson(Path.Combine(folder, file), w =>
            {
                w.WriteStartArray();
                foreach (var c in channels.Where(c => c.Private == isPrivate))
                {
                    w.WriteStartObject();
                    w.WriteString("id", c.Id);
                    w.WriteString("name", c.Name);
                    w.WriteNumber("created", Start.ToUnixTimeSeconds());
                    w.WriteStartArray("members");
                    foreach (var m in c.Members)
                    {
                        w.WriteStringValue(PersonId(m));
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            });
        }

        var random = new Random(_seed + 2);
        var traffic = channels.Sum(c => c.Traffic);
        var written = 0;
        for (var ci = 0; ci < channels.Count; ci++)
        {
            var c = channels[ci];
            var perDay = messages * c.Traffic / traffic / Days;
            var roots = new List<string>();
            Directory.CreateDirectory(Path.Combine(folder, c.Name));
            for (var day = 0; day < Days; day++)
            {
                var count = Poisson(random, perDay);
                if (count == 0)
                {
                    continue;
                }

                var date = Start.AddDays(day);
                var times = Enumerable.Range(0, count).Select(_ => random.Next(7 * 3600, 20 * 3600)).Order().ToArray();
                WriteJson(Path.Combine(folder, c.Name, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".json"), w =>
                {
                    w.WriteStartArray();
                    for (var i = 0; i < count; i++)
                    {
                        var ts = $"{date.ToUnixTimeSeconds() + times[i]}.{i:D6}";
                        w.WriteStartObject();
                        w.WriteString("type", "message");
                        w.WriteString("user", PersonId(c.Members[random.Next(c.Members.Length)]));
                        w.WriteString("text", Text(random, c.Members));
                        w.WriteString("ts", ts);
                        if (roots.Count > 0 && random.NextDouble() < 0.25)
                        {
                            w.WriteString("thread_ts", roots[random.Next(Math.Max(0, roots.Count - 5), roots.Count)]);
                        }
                        else if (random.NextDouble() < 0.15)
                        {
                            roots.Add(ts);
                        }

                        w.WriteEndObject();
                        written++;
                    }

                    w.WriteEndArray();
                });
            }
        }

        return written;
    }

    /// A message: a log-normal number of words (median about a dozen, a long tail), now and then a mention or a
    /// ticket key.
    public string Text(Random random, int[] members)
    {
        var words = (int)Math.Clamp(Math.Exp(2.5 + 0.8 * Gaussian(random)), 1, 400);
        var text = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            var roll = random.NextDouble();
            if (roll < 0.01)
            {
                text.Append("<@").Append(PersonId(members[random.Next(members.Length)])).Append('>');
            }
            else if (roll < 0.02)
            {
                text.Append("PRJ-").Append(random.Next(1, 5000));
            }
            else
            {
                text.Append(Word(random));
            }
        }

        return text.ToString();
    }

    public string Word(Random random)
    {
        var pick = random.NextDouble() * _cumulative[^1];
        var index = Array.BinarySearch(_cumulative, pick);
        return _vocabulary[index < 0 ? ~index : index];
    }

    private static string[] Vocabulary(Random random)
    {
        // Common English words first (they carry Zipf's head), then made-up words for the long tail.
        string[] common =
        [
            "the", "to", "and", "a", "of", "is", "in", "for", "it", "on", "we", "that", "this", "i", "with", "you", "be", "can", "are", "have",
            "will", "just", "so", "not", "do", "if", "at", "but", "from", "as", "deploy", "release", "build", "test", "review", "fix", "bug",
            "meeting", "today", "tomorrow", "customer", "team", "sprint", "ticket", "design", "api", "data", "service", "issue", "update",
        ];
        var syllables = new[] { "ka", "lo", "mi", "ne", "ru", "to", "sa", "vi", "po", "de", "an", "el", "or", "un", "is", "ba", "ti", "ge", "fu", "zo" };
        var made = new HashSet<string>(StringComparer.Ordinal);
        while (made.Count < 20_000)
        {
            var length = random.Next(2, 5);
            made.Add(string.Concat(Enumerable.Range(0, length).Select(_ => syllables[random.Next(syllables.Length)])));
        }

        return [.. common, .. made.Except(common)];
    }

    private static int Poisson(Random random, double mean)
    {
        if (mean > 30)
        {
            return Math.Max(0, (int)Math.Round(mean + Math.Sqrt(mean) * Gaussian(random)));
        }

        var limit = Math.Exp(-mean);
        var k = 0;
        var p = random.NextDouble();
        while (p > limit)
        {
            k++;
            p *= random.NextDouble();
        }

        return k;
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private static void WriteJson(string path, Action<Utf8JsonWriter> write)
    {
        using var stream = File.Create(path);
        using var writer = new Utf8JsonWriter(stream);
        write(writer);
    }
}
