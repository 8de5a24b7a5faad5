using Gist.Core.Articles;
using Gist.Core.Summaries;

namespace Gist.Rendering.Tests.Support;

/// <summary>A summary of the Seoul article as the model would return it, and the article behind it.</summary>
public static class Samples
{
    public static Article SeoulArticle => new()
    {
        Text = Fixtures.SeoulArticle,
        Title = "بلينكن يعبر عن قلقه من زيادة التعاون العسكري بين روسيا و كوريا الشمالية",
        Source = "Al Mustaqilla",
        Url = "https://example.com/news?id=1&lang=ar",
        Published = new DateTimeOffset(2023, 11, 9, 10, 0, 0, TimeSpan.FromHours(3)),
        Language = "ar",
        Origin = ArticleOrigin.Link,
    };

    public static SummaryResult SeoulSummary => new()
    {
        Headline = "Blinken shares Seoul's worry over Russia–North Korea military ties",
        Summary = "US Secretary of State Antony Blinken said in Seoul that Washington shares South Korea's concerns.\n"
            + "He and South Korean Foreign Minister Park Jin discussed extended deterrence.",
        Claims =
        [
            new Claim("The US shares South Korea's concerns about growing North Korea–Russia military cooperation.",
                "Antony Blinken, US Secretary of State", "statement",
                "إنه يشارك كوريا الجنوبية مخاوفها بشأن التعاون العسكري المتزايد بين كوريا الشمالية و روسيا"),
            new Claim("The US has real concerns about any support for North Korea's ballistic missile programs.",
                "Antony Blinken, US Secretary of State", "warning",
                "لدينا مخاوف حقيقية بشأن أي دعم لبرامج الصواريخ الباليستية لكوريا الشمالية"),
            new Claim("The two ministers discussed extended deterrence.", "Blinken and Park Jin", "statement",
                "ناقشا ما يسمى باستراتيجية الردع الممتدة"),
        ],
        SourceLanguage = "ar",
        Engine = SummaryEngine.Llm,
        DroppedClaims = 2,
        Model = "gpt-4o-mini",
        PromptVersion = "summarize-v1",
    };
}
