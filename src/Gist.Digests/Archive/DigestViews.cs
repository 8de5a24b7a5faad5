using System.Globalization;
using System.Text.Json;
using Gist.Digests.Building;
using Gist.Digests.Stories;

namespace Gist.Digests.Archive;

/// <summary>A built <see cref="Digest"/> turned into its <see cref="DigestView"/>, and the JSON the views are kept as.</summary>
public static class DigestViews
{
    /// <summary>camelCase JSON, as the Mini App reads it.</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    public static DigestView From(Digest digest, DateOnly localDate)
    {
        ArgumentNullException.ThrowIfNull(digest);
        return new DigestView(
            localDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            digest.Through,
            digest.ItemCount,
            digest.Stories.Select((s, i) => Story(s, i + 1)).ToList(),
            digest.Reading.Select(r => new ReadingView(r.ArticleId, r.Title, r.Source, r.Url, r.ReadAt)).ToList(),
            digest.Notices);
    }

    private static StoryView Story(Story story, int number)
    {
        var outlets = story.Items
            .SelectMany(i => i.Outlets.Select(o => new OutletView(o, i.Item.Title, i.Summary.SourceLanguage, i.When, i.Item.Link)))
            .OrderBy(o => o.ReportedAt)
            .ToList();
        return new StoryView(
            number,
            story.Headline,
            story.Summary,
            story.OutletCount,
            outlets,
            story.Claims.Select(c => Claim(c, story)).ToList(),
            story.Disputes.Select(d => new DisputeView(Claim(d.Claim, story), Claim(d.Denial, story))).ToList(),
            story.Engine == Core.Summaries.SummaryEngine.Offline);
    }

    private static ClaimView Claim(MergedClaim claim, Story story) =>
        new(claim.Text, claim.Speaker, claim.Kind, claim.OutletCount, claim.Sources.Select(s => new EvidenceView(s.Outlet, s.Evidence, LanguageOf(s, story), s.Url)).ToList());

    /// <summary>The quote is in the language of the article it was taken from.</summary>
    private static string? LanguageOf(ClaimSource source, Story story) =>
        story.Items.FirstOrDefault(i => i.Item.Link == source.Url && i.Outlets.Contains(source.Outlet, StringComparer.OrdinalIgnoreCase))?.Summary.SourceLanguage
        ?? story.Items.FirstOrDefault(i => i.Outlets.Contains(source.Outlet, StringComparer.OrdinalIgnoreCase))?.Summary.SourceLanguage;
}
