namespace Gist.Digests.Channels;

/// <summary>A channel's public preview page: its title and the posts it shows (oldest first), service messages, polls and stickers left out.</summary>
/// <param name="OldestId">The lowest post number on the page (service messages included), for paging back with <c>?before=</c>.</param>
public sealed record ChannelPage(string Name, string? Title, IReadOnlyList<ChannelPost> Posts, long? OldestId)
{
    /// <summary>
    /// Every post number the page(s) showed, skipped kinds included. A read starts at the newest page and pages back
    /// without holes, so a stored post numbered from <see cref="OldestId"/> up that is not shown was deleted.
    /// </summary>
    public IReadOnlySet<long> ShownIds { get; init; } = new HashSet<long>();
}
