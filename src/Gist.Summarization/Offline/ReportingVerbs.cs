using Gist.Summarization.Text;
using static Gist.Summarization.Offline.ClaimKinds;

namespace Gist.Summarization.Offline;

/// <summary>The reporting verbs the offline engine recognises, by language, and how to find the first one in a sentence.</summary>
internal static class ReportingVerbs
{
    public static readonly IReadOnlyList<ReportingVerb> All = Build();

    private static readonly Dictionary<string, List<ReportingVerb>> ByFirstWord = All
        .Where(v => !v.IsCjk)
        .GroupBy(v => v.Words[0], StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.OrderByDescending(v => v.Words.Count).ToList(), StringComparer.Ordinal);

    private static readonly ReportingVerb[] Cjk = All.Where(v => v.IsCjk).ToArray();

    /// <summary>The earliest reporting verb: its first and last token, or for CJK the token holding it and the offset inside it.</summary>
    public static VerbMatch? FindFirst(IReadOnlyList<WordToken> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord)
            {
                continue;
            }

            var verb = Lookup(tokens, i, tokens[i].Normalized) ?? Lookup(tokens, i, tokens[i].WithoutConjunction);
            if (verb is not null)
            {
                return new VerbMatch(verb, i, i + verb.Words.Count - 1, -1);
            }

            var cjk = WordCount.IsCjk(tokens[i].Normalized[0]) ? FindCjk(tokens[i].Normalized) : null;
            if (cjk is not null)
            {
                return new VerbMatch(cjk.Value.Verb, i, i, cjk.Value.At);
            }
        }

        return null;
    }

    private static ReportingVerb? Lookup(IReadOnlyList<WordToken> tokens, int at, string form)
    {
        if (ByFirstWord.TryGetValue(form, out var candidates))
        {
            foreach (var verb in candidates)
            {
                if (Follows(tokens, at, verb))
                {
                    return verb;
                }
            }
        }

        return null;
    }

    /// <summary>The earliest CJK verb in a run of CJK text, the longer one on a tie ("声称" over "称").</summary>
    private static (ReportingVerb Verb, int At)? FindCjk(string run)
    {
        (ReportingVerb Verb, int At)? best = null;
        foreach (var verb in Cjk)
        {
            var word = verb.Words[0];
            for (var at = run.IndexOf(word, StringComparison.Ordinal); at >= 0; at = run.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                if (IsFalseCjkMatch(run, word, at))
                {
                    continue;
                }

                if (best is null || at < best.Value.At || (at == best.Value.At && word.Length > best.Value.Verb.Words[0].Length))
                {
                    best = (verb, at);
                }

                break;
            }
        }

        return best;
    }

    /// <summary>"数据" (data) is not "据" (according to); "名称" (name) and "称为" (called) are not "称" (said).</summary>
    private static bool IsFalseCjkMatch(string run, string word, int at) => word switch
    {
        "据" => at > 0 && run[at - 1] != '根',
        "称" => (at > 0 && run[at - 1] is '名' or '简' or '号' or '堪' or '自' or '对') || (at + 1 < run.Length && run[at + 1] is '为' or '之'),
        _ => false,
    };

    private static bool Follows(IReadOnlyList<WordToken> tokens, int start, ReportingVerb verb)
    {
        if (start + verb.Words.Count > tokens.Count)
        {
            return false;
        }

        for (var k = 1; k < verb.Words.Count; k++)
        {
            if (tokens[start + k].Normalized != verb.Words[k])
            {
                return false;
            }
        }

        return true;
    }

    private static List<ReportingVerb> Build()
    {
        var verbs = new List<ReportingVerb>();
        void Add(string kind, SpeakerSide side, string phrases, bool hasSubject = true)
        {
            foreach (var phrase in phrases.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var words = EvidenceNormalizer.Normalize(phrase).Split(' ');
                verbs.Add(new ReportingVerb(words, kind, side, hasSubject));
            }
        }

        // Arabic: verb before subject.
        Add(Statement, SpeakerSide.After, "قال|قالت|قالوا|قالا|يقول|تقول|يقولون|أضاف|أضافت|أضافوا|أكد|أكدت|أكدوا|أوضح|أوضحت|" +
            "شدد|شددت|أشار|أشارت|ذكر|ذكرت|صرح|صرحت|أعلن|أعلنت|أعلنوا|اعتبر|اعتبرت|لفت|لفتت|كشف|كشفت|زعم|زعمت|" +
            "أدان|أدانت|أدانوا|دعا|دعت|رجح|رجحت");
        Add(Statement, SpeakerSide.After, "نقل عن|بحسب|حسب|وفقا ل|وفقا لـ|على لسان", hasSubject: false);
        Add(Denial, SpeakerSide.After, "نفى|نفت|نفوا|ينفي|تنفي|ينفيان|تنفيان|ينفون|أنكر|أنكرت|نفي");
        Add(Accusation, SpeakerSide.After, "اتهم|اتهمت|اتهموا|يتهم|تتهم");
        Add(Warning, SpeakerSide.After, "حذر|حذرت|حذروا|يحذر|تحذر|أنذر");
        Add(Promise, SpeakerSide.After, "وعد|وعدت|تعهد|تعهدت|تعهدوا|يتعهد");
        // English, French, Spanish, German, Russian: subject usually before the verb.
        Add(Statement, SpeakerSide.Before, "said|says|told|stated|added|announced|claimed|insisted|confirmed|stressed|noted|argued|" +
            "a déclaré|a affirmé|a dit|dijo|afirmó|declaró|sagte|erklärte|" +
            "сказал|сказала|сказали|заявил|заявила|заявили|сообщил|сообщила|сообщили|отметил|отметила|подчеркнул|подчеркнула");
        Add(Statement, SpeakerSide.After, "according to|selon|según|laut|по словам|по данным|به گفته|به نقل از", hasSubject: false);
        Add(Denial, SpeakerSide.Before, "denied|denies|deny|rejected claims|a nié|negó|bestritt|отрицает|отрицают|опроверг|опровергла|опровергли");
        Add(Accusation, SpeakerSide.Before, "accused|accuses|blamed|a accusé|acusó|warf|обвинил|обвинила|обвинили");
        Add(Warning, SpeakerSide.Before, "warned|warns|a averti|advirtió|warnte|предупредил|предупредила|предупредили");
        Add(Promise, SpeakerSide.Before, "promised|pledged|vowed|a promis|prometió|versprach|пообещал|пообещала|пообещали|обещал");
        // Persian: subject first, verb last.
        Add(Statement, SpeakerSide.ClauseStart, "گفت|گفته است|اعلام کرد|افزود|تاکید کرد|اظهار داشت|خاطرنشان کرد");
        Add(Denial, SpeakerSide.ClauseStart, "تکذیب کرد|رد کرد");
        Add(Accusation, SpeakerSide.ClauseStart, "متهم کرد");
        Add(Warning, SpeakerSide.ClauseStart, "هشدار داد");
        Add(Promise, SpeakerSide.ClauseStart, "وعده داد");
        // Chinese: subject right before the verb.
        Add(Statement, SpeakerSide.Before, "表示|指出|强调|声称|宣布|说");
        Add(Denial, SpeakerSide.Before, "否认");
        Add(Accusation, SpeakerSide.Before, "指责|指控");
        Add(Warning, SpeakerSide.Before, "警告");
        Add(Promise, SpeakerSide.Before, "承诺");
        Add(Statement, SpeakerSide.Before, "称");
        Add(Statement, SpeakerSide.After, "据", hasSubject: false);
        return verbs;
    }
}

/// <summary>Where a reporting verb was found: tokens <see cref="First"/>..<see cref="Last"/>; for CJK, <see cref="CjkOffset"/> inside the token.</summary>
internal sealed record VerbMatch(ReportingVerb Verb, int First, int Last, int CjkOffset);
