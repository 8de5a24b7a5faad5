namespace Gist.Digests.Archive;

/// <summary>A digest as the Mini App shows it: the stories in digest order, the chat's reading and notices.</summary>
/// <param name="Date">The chat's local date of the digest (yyyy-MM-dd).</param>
/// <param name="ArticleCount">How many articles the stories were made from.</param>
public sealed record DigestView(
    string Date,
    DateTimeOffset Through,
    int ArticleCount,
    IReadOnlyList<StoryView> Stories,
    IReadOnlyList<ReadingView> Reading,
    IReadOnlyList<string> Notices);
