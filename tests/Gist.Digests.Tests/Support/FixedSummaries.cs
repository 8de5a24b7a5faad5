using Gist.Core.Abstractions;
using Gist.Core.Articles;
using Gist.Core.Summaries;

namespace Gist.Digests.Tests.Support;

/// <summary>
/// A summarizer that answers like a model would, with a fixed English summary per seed, recognised by the article
/// text it is given (so the read-also tail, if it leaked, would still be visible to the test). Counts its calls.
/// </summary>
public sealed class FixedSummaries : ISummarizer
{
    private static readonly Dictionary<string, (string Marker, SummaryResult Result)> BySeed = new()
    {
        ["000"] = ("أنتوني بلينكن، اليوم الخميس", Result(
            "Blinken voices concern in Seoul over North Korea–Russia military cooperation",
            "US Secretary of State Antony Blinken said in Seoul on Thursday that he shares South Korea's concern about the growing military cooperation between North Korea and Russia, which he called a two-way street. He met South Korean Foreign Minister Park Jin.",
            new Claim("North Korea is supplying Russia with arms for the war in Ukraine.", "Antony Blinken", "accusation", "أنتوني بلينكن"),
            new Claim("Cooperation between North Korea and Russia is a two-way street.", "Antony Blinken", "statement", "طريق ذو اتجاهين"))),
        ["001"] = ("مسؤول في مجلس الأمن القومي", Result(
            "White House worried about booming North Korea–Russia defence cooperation before Kim–Putin summit",
            "A US National Security Council official said Washington is concerned about the growing defence cooperation between North Korea and Russia and will take appropriate steps, including sanctions, if arms deals go ahead.",
            new Claim("The United States will impose sanctions if appropriate.", "John Kirby, White House spokesman", "warning", "فرض عقوبات"))),
        ["002"] = ("ونظيره الكوري الجنوبي بارك جين", Result(
            "Washington and Seoul share grave concerns over Moscow–Pyongyang cooperation",
            "Antony Blinken said in Seoul that he and South Korean Foreign Minister Park Jin have grave concerns about the growing military cooperation between North Korea and Russia. They discussed an extended deterrence strategy.",
            new Claim("North Korea is supplying weapons to Russia for its war in Ukraine.", "Antony Blinken", "accusation", "بلينكن"),
            new Claim("The two ministers discussed implementing an extended deterrence strategy.", "Park Jin", "statement", "بارك جين"))),
        ["003"] = ("كيم جونج أون والرئيس الروسي", Result(
            "US accusations mount that North Korea is sending weapons to Moscow",
            "North Korean leader Kim Jong Un and Russian President Vladimir Putin exchanged letters pledging a long-term strategic relationship, as Washington accuses Pyongyang of providing arms to Russia.",
            new Claim("Kim and Putin pledged to develop a long-term strategic relationship.", "KCNA", "statement", "علاقة استراتيجية طويلة الأمد"))),
        ["004"] = ("حذّرت الولايات المتحدة وكوريا الجنوبية", Result(
            "US and South Korea warn of growing North Korea–Russia military ties in Seoul",
            "The United States and South Korea warned on Thursday in Seoul of the growing military cooperation between North Korea and Russia and pledged an extended deterrence strategy. Blinken met Park Jin on his first visit in two and a half years.",
            new Claim("North Korea is supplying Russia with arms.", "Antony Blinken", "accusation", "بلينكن"),
            new Claim("North Korea and Russia deny any arms deal.", "North Korea and Russia", "denial", "كوريا الشمالية"))),
    };

    private int calls;

    public int Calls => calls;

    public List<string> Texts { get; } = [];

    public Task<SummaryResult> SummarizeAsync(Article article, string outputLanguage, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref calls);
        lock (Texts)
        {
            Texts.Add(article.Text);
        }

        foreach (var (_, (marker, result)) in BySeed)
        {
            if (article.Text.Contains(marker, StringComparison.Ordinal))
            {
                return Task.FromResult(result);
            }
        }

        throw new InvalidOperationException("No fixed summary for this article: " + article.Text[..Math.Min(80, article.Text.Length)]);
    }

    public static string SeedOf(string headline) => BySeed.Single(s => s.Value.Result.Headline == headline).Key;

    private static SummaryResult Result(string headline, string summary, params Claim[] claims) => new()
    {
        Headline = headline,
        Summary = summary,
        Claims = claims,
        SourceLanguage = "ar",
        OutputLanguage = "en",
        Engine = SummaryEngine.Llm,
    };
}
