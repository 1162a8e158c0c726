namespace Mosaic.Retrieval;

/// Martin Porter's suffix-stripping algorithm (Program 14(3), 1980, with the reference implementation's later
/// "bli" and "logi" rules), the one SQLite's FTS5 porter tokenizer applies to the index. Words compared with the
/// same stemmer as the index agree with what the index matched: "recruiter", "recruiting" and "recruited" all
/// become "recruit". Input is a lower-case ASCII word; anything else is returned as it is.
public static class PorterStemmer
{
    public static string Stem(string word)
    {
        if (word.Length <= 2 || !word.All(char.IsAsciiLetterLower))
        {
            return word;
        }

        var w = new Word(word);
        Step1A(w);
        Step1B(w);
        Step1C(w);
        Step2(w);
        Step3(w);
        Step4(w);
        Step5(w);
        return w.ToString();
    }

    private static void Step1A(Word w)
    {
        if (w.EndsWith("sses"))
        {
            w.Cut(2);
        }
        else if (w.EndsWith("ies"))
        {
            w.Cut(2);
        }
        else if (!w.EndsWith("ss") && w.EndsWith("s"))
        {
            w.Cut(1);
        }
    }

    private static void Step1B(Word w)
    {
        if (w.EndsWith("eed"))
        {
            if (w.Measure(3) > 0)
            {
                w.Cut(1);
            }

            return;
        }

        int cut;
        if (w.EndsWith("ed") && w.HasVowel(2))
        {
            cut = 2;
        }
        else if (w.EndsWith("ing") && w.HasVowel(3))
        {
            cut = 3;
        }
        else
        {
            return;
        }

        w.Cut(cut);
        if (w.EndsWith("at") || w.EndsWith("bl") || w.EndsWith("iz"))
        {
            w.Append("e");
        }
        else if (w.EndsWithDoubleConsonant() && w.Last is not ('l' or 's' or 'z'))
        {
            w.Cut(1);
        }
        else if (w.Measure(0) == 1 && w.EndsWithCvc(w.Length))
        {
            w.Append("e");
        }
    }

    private static void Step1C(Word w)
    {
        if (w.EndsWith("y") && w.HasVowel(1))
        {
            w.Replace(1, "i");
        }
    }

    private static readonly (string Suffix, string With)[] Step2Rules = Longest(
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"), ("bli", "ble"),
        ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"),
        ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"),
        ("iviti", "ive"), ("biliti", "ble"), ("logi", "log"));

    private static readonly (string Suffix, string With)[] Step3Rules = Longest(
        ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""));

    private static readonly string[] Step4Suffixes =
        new[] { "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate", "iti", "ous", "ive", "ize" }
            .OrderByDescending(s => s.Length).ToArray();

    /// The longest suffix that matches decides, so rules are tried longest first.
    private static (string, string)[] Longest(params (string Suffix, string With)[] rules) => rules.OrderByDescending(r => r.Suffix.Length).ToArray();

    private static void Step2(Word w) => ReplaceFirst(w, Step2Rules);

    private static void Step3(Word w) => ReplaceFirst(w, Step3Rules);

    /// The longest matching suffix decides; it is replaced only when what stays before it has measure > 0.
    private static void ReplaceFirst(Word w, (string Suffix, string With)[] rules)
    {
        foreach (var (suffix, with) in rules)
        {
            if (w.EndsWith(suffix))
            {
                if (w.Measure(suffix.Length) > 0)
                {
                    w.Replace(suffix.Length, with);
                }

                return;
            }
        }
    }

    private static void Step4(Word w)
    {
        foreach (var suffix in Step4Suffixes)
        {
            if (!w.EndsWith(suffix))
            {
                continue;
            }

            var stemEnd = w.Length - suffix.Length;
            var ionAllowed = suffix != "ion" || (stemEnd > 0 && w[stemEnd - 1] is 's' or 't');
            if (ionAllowed && w.Measure(suffix.Length) > 1)
            {
                w.Cut(suffix.Length);
            }

            return;
        }
    }

    private static void Step5(Word w)
    {
        if (w.EndsWith("e"))
        {
            var m = w.Measure(1);
            if (m > 1 || (m == 1 && !w.EndsWithCvc(w.Length - 1)))
            {
                w.Cut(1);
            }
        }

        if (w.Last == 'l' && w.EndsWithDoubleConsonant() && w.Measure(0) > 1)
        {
            w.Cut(1);
        }
    }

    /// A word being stemmed, with the tests the algorithm is written in.
    private sealed class Word(string text)
    {
        private readonly System.Text.StringBuilder _b = new(text);

        public int Length => _b.Length;

        public char Last => _b[^1];

        public char this[int i] => _b[i];

        public bool EndsWith(string suffix)
        {
            if (suffix.Length > _b.Length)
            {
                return false;
            }

            for (var i = 0; i < suffix.Length; i++)
            {
                if (_b[_b.Length - suffix.Length + i] != suffix[i])
                {
                    return false;
                }
            }

            return true;
        }

        public void Cut(int n) => _b.Length -= n;

        public void Append(string s) => _b.Append(s);

        public void Replace(int n, string with)
        {
            Cut(n);
            Append(with);
        }

        /// A consonant is a letter other than a, e, i, o, u, and other than a y after a consonant.
        private bool IsConsonant(int i) => _b[i] switch
        {
            'a' or 'e' or 'i' or 'o' or 'u' => false,
            'y' => i == 0 || !IsConsonant(i - 1),
            _ => true,
        };

        /// m in [C](VC)^m[V] of the word without its last `suffix` letters.
        public int Measure(int suffix)
        {
            var end = _b.Length - suffix;
            var m = 0;
            var i = 0;
            while (i < end && IsConsonant(i))
            {
                i++;
            }

            while (i < end)
            {
                while (i < end && !IsConsonant(i))
                {
                    i++;
                }

                if (i >= end)
                {
                    break;
                }

                while (i < end && IsConsonant(i))
                {
                    i++;
                }

                m++;
            }

            return m;
        }

        /// Whether the word without its last `suffix` letters holds a vowel.
        public bool HasVowel(int suffix)
        {
            for (var i = 0; i < _b.Length - suffix; i++)
            {
                if (!IsConsonant(i))
                {
                    return true;
                }
            }

            return false;
        }

        public bool EndsWithDoubleConsonant() => _b.Length >= 2 && _b[^1] == _b[^2] && IsConsonant(_b.Length - 1);

        /// Consonant-vowel-consonant ending at `end` (exclusive), the last consonant not w, x or y: "hop", "fil".
        public bool EndsWithCvc(int end) =>
            end >= 3 && IsConsonant(end - 1) && !IsConsonant(end - 2) && IsConsonant(end - 3) && _b[end - 1] is not ('w' or 'x' or 'y');

        public override string ToString() => _b.ToString();
    }
}
