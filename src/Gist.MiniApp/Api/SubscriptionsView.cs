namespace Gist.MiniApp.Api;

/// <summary>The user's digest settings and feeds, numbered as /subscriptions numbers them.</summary>
public sealed record SubscriptionsView(string DigestTime, string TimeZone, DateTimeOffset NextDigestAt, bool Paused, IReadOnlyList<SubscriptionsView.Feed> Feeds)
{
    /// <param name="Filter">The keyword filter as the chat writes it: "+word -word".</param>
    public sealed record Feed(long Id, int Number, string Title, string Url, string Filter, string Described);
}
