namespace Gist.Digests.Channels;

/// <summary>One post of a channel's public preview, as an item for the digest.</summary>
/// <param name="Id">The post's number in the channel (the preview's <c>data-post="name/id"</c>).</param>
/// <param name="Text">The post's text or caption; a text link keeps its address after its words.</param>
/// <param name="ArticleUrl">The article the post links to (its link preview, else its only link), when it has one.</param>
/// <param name="IsMostlyLink">The post is little more than that link: the article is read instead.</param>
/// <param name="ForwardedFrom">The channel (or person) a forwarded post came from, as the preview names it.</param>
public sealed record ChannelPost(long Id, DateTimeOffset? Date, string Text, string? ArticleUrl, bool IsMostlyLink, string? ForwardedFrom, string? ForwardedFromUrl);
