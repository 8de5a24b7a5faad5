using System.Globalization;
using Gist.Digests.Archive;
using Gist.MiniApp.Auth;
using Microsoft.AspNetCore.Http;

namespace Gist.MiniApp.Api;

/// <summary>The user's digests: the list of dates, and one digest with its stories. Only the user's own chat's.</summary>
public sealed class DigestApi(DigestArchive archive)
{
    /// <summary>How many past digests the list offers.</summary>
    public const int MaxDates = 90;

    public async Task<IResult> ListAsync(HttpContext context, MiniAppUser user, CancellationToken cancellationToken)
    {
        var digests = await archive.ListAsync(user.Id, MaxDates, cancellationToken);
        return ApiResponses.Ok(digests.Select(d => new DigestEntry(d.Date, d.Stories.Count, d.ArticleCount, d.Stories.Count > 0 ? d.Stories[0].Headline : null)).ToList());
    }

    public async Task<IResult> GetAsync(HttpContext context, MiniAppUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.Request.RouteValues["date"] as string;
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return ApiResponses.Invalid("A digest date is written yyyy-MM-dd, e.g. 2023-11-10.");
        }

        return await archive.GetAsync(user.Id, date, cancellationToken) is { } digest
            ? ApiResponses.Ok(digest)
            : ApiResponses.NotFound("No digest of that date.");
    }

    /// <summary>One line of the list of past digests.</summary>
    public sealed record DigestEntry(string Date, int Stories, int Articles, string? TopHeadline);
}
