using System.Text.Json;

namespace Gist.Benchmarks.Overhead;

/// <summary>
/// A valid summary JSON for an article, as a good model would write it: an English headline and summary, and
/// claims whose evidence is copied from the article's paragraphs, so every check and the evidence search run
/// in full. Built once per article; the fake models return it unchanged.
/// </summary>
public static class FixedModelAnswer
{
    public static string For(string articleText, int claims = 8, string? headline = null)
    {
        var evidence = articleText
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(words => words.Length >= 8)
            .Select(words => string.Join(' ', words.Take(12)))
            .Take(claims)
            .ToList();
        return JsonSerializer.Serialize(new
        {
            headline = headline ?? "Blinken voices concern over North Korea and Russia military cooperation in Seoul",
            summary = "US Secretary of State Antony Blinken said in Seoul that he shares South Korea's concern about growing military cooperation between North Korea and Russia. He and South Korea's foreign minister discussed extended deterrence and the situation in the region. North Korea and Russia deny any arms deals, the outlet reports.",
            claims = evidence.Select((e, i) => new
            {
                text = $"The article states point number {i + 1} of its report about the talks.",
                speaker = i % 2 == 0 ? "Antony Blinken, US Secretary of State" : "the outlet",
                kind = i % 3 == 0 ? "statement" : "report",
                evidence = e,
            }),
            sourceLanguage = "ar",
        });
    }
}
