using System.Globalization;
using System.Text;
using Gist.Core.Summaries;
using Gist.Digests.Stories;
using Gist.Rendering;

namespace Gist.Digests.Building;

/// <summary>
/// A digest as Telegram HTML messages (escaped, each ≤ 4096 visible UTF-16 units, split between stories): a header,
/// one block per story — headline, outlets, merged summary, the claims several outlets report with their count,
/// disputes side by side, a denial that answers none of the claims on its own line, and the sources as links — then
/// the "your reading" section.
/// </summary>
public sealed class DigestRenderer
{
    private const int MaxSingleClaims = 3;
    private readonly MessageSplitter splitter = new(TelegramHtml.MessageLimit);

    public IReadOnlyList<string> Render(Digest digest, DateOnly localDate)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var blocks = new List<string> { Header(digest, localDate) };
        blocks.AddRange(digest.Stories.Select((s, i) => StoryBlock(s, i + 1)));
        if (digest.Notices.Count > 0)
        {
            blocks.Add(string.Join('\n', digest.Notices.Select(n => "⚠️ " + TelegramHtml.Escape(n))));
        }

        if (ReadingSection.Html(digest.Reading) is { } reading)
        {
            blocks.Add(reading);
        }

        return splitter.Split(blocks);
    }

    private static string Header(Digest digest, DateOnly localDate)
    {
        var date = localDate.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);
        var header = new StringBuilder(TelegramHtml.Bold($"Your digest · {date}"));
        header.Append('\n').Append(TelegramHtml.Escape(digest.Stories.Count == 0
            ? "Nothing new in your feeds since the last digest."
            : $"{Plural(digest.Stories.Count, "story", "stories")} from {Plural(digest.ItemCount, "article", "articles")}."));
        if (digest.Stories.Any(s => s.Items.Any(i => i.Summary.Engine == SummaryEngine.Offline)))
        {
            header.Append('\n').Append(TelegramHtml.Italic("Some summaries were made without a language model and are in the article's own language."));
        }

        return header.ToString();
    }

    private static string StoryBlock(Story story, int number)
    {
        var block = new StringBuilder();
        block.Append(TelegramHtml.Bold($"{number}. {story.Headline}"));
        block.Append('\n').Append(TelegramHtml.Italic(story.OutletCount > 1 ? $"{story.OutletCount} outlets" : "1 outlet"));
        block.Append('\n').Append(TelegramHtml.Escape(story.Summary));

        var claimLines = new List<string>();
        foreach (var claim in story.Claims.Where(c => c.OutletCount > 1 && !c.IsDenial))
        {
            claimLines.Add($"✅ {TelegramHtml.Escape(ClaimText(claim))} — {TelegramHtml.Italic($"{claim.OutletCount} outlets")}");
        }

        foreach (var dispute in story.Disputes)
        {
            claimLines.Add($"⚖️ {TelegramHtml.Escape(ClaimText(dispute.Claim))} ({TelegramHtml.Escape(Outlets(dispute.Claim))})\n    ↔ {TelegramHtml.Escape(ClaimText(dispute.Denial))} ({TelegramHtml.Escape(Outlets(dispute.Denial))})");
        }

        // A denial that denies none of the story's claims is listed on its own, always: it is news, and setting it
        // against an unrelated claim would be worse than showing it alone.
        foreach (var denial in story.Claims.Where(c => c.IsDenial))
        {
            claimLines.Add($"🚫 {TelegramHtml.Escape(ClaimText(denial))} ({TelegramHtml.Escape(Outlets(denial))})");
        }

        foreach (var claim in story.Claims.Where(c => c.OutletCount == 1 && !c.IsDenial).Take(MaxSingleClaims))
        {
            claimLines.Add($"• {TelegramHtml.Escape(ClaimText(claim))} ({TelegramHtml.Escape(Outlets(claim))})");
        }

        if (claimLines.Count > 0)
        {
            var inner = string.Join('\n', claimLines);
            block.Append('\n').Append(TelegramHtml.BlockquoteHtml(inner, expandable: claimLines.Count > 3));
        }

        var sources = story.Items.SelectMany(i => i.Outlets.Select(o => (Outlet: o, i.Item.Link))).GroupBy(x => x.Outlet, StringComparer.OrdinalIgnoreCase)
            .Select(g => TelegramHtml.Link(g.First().Link, g.Key));
        block.Append('\n').Append(TelegramHtml.Escape("Sources: ")).Append(string.Join(" · ", sources));
        return block.ToString();
    }

    private static string ClaimText(MergedClaim claim) =>
        claim.Speaker.Contains("outlet", StringComparison.OrdinalIgnoreCase) ? claim.Text : $"{claim.Speaker}: {claim.Text}";

    private static string Outlets(MergedClaim claim) => string.Join(", ", claim.Sources.Select(s => s.Outlet).Distinct(StringComparer.OrdinalIgnoreCase));

    private static string Plural(int n, string one, string many) => n == 1 ? $"1 {one}" : $"{n} {many}";
}
