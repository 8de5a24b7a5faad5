using System.Collections.Concurrent;
using System.Globalization;
using System.Security;
using System.Text;
using Gist.Testing.Hosting;
using Microsoft.AspNetCore.Http;

namespace Gist.IntegrationTests.Digests;

/// <summary>
/// A local stand-in for t.me's public channel previews, in the markup of the real pages: <c>/s/name</c> shows the
/// newest <see cref="PageSize"/> posts, <c>/s/name?before=id</c> older ones, with an ETag (304 to a matching
/// If-None-Match). A name without a preview (unknown, preview off, removed) redirects to <c>/name</c>, the
/// "contact" page, as Telegram does. A channel can be made to fail with a status and Retry-After. Also serves plain
/// article pages by path.
/// </summary>
public sealed class ChannelPreviewServer : IAsyncDisposable
{
    public const int PageSize = 20;

    private readonly ConcurrentDictionary<string, Channel> channels = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, string> articles = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (int Status, string? RetryAfter)> failures = new(StringComparer.OrdinalIgnoreCase);
    private LoopbackHost? host;

    public ConcurrentQueue<(string PathAndQuery, int Status)> Requests { get; } = new();

    public string BaseUrl => host!.BaseUrl;

    public int Port => new Uri(BaseUrl).Port;

    public static async Task<ChannelPreviewServer> StartAsync()
    {
        var server = new ChannelPreviewServer();
        server.host = await LoopbackHost.StartAsync(_ => server.HandleAsync);
        return server;
    }

    /// <summary>Adds (or replaces) a public channel with a preview.</summary>
    public void AddChannel(string name, string title) => channels[name] = new Channel(title, true);

    /// <summary>A channel whose owner turned the web preview off: its page counts subscribers, but shows no posts.</summary>
    public void AddChannelWithoutPreview(string name, string title) => channels[name] = new Channel(title, false);

    /// <summary>The channel is deleted (or renamed): its name no longer resolves.</summary>
    public void Remove(string name) => channels.TryRemove(name, out _);

    public void Post(string name, long id, DateTimeOffset date, string textHtml, string? previewUrl = null, string? forwardedFrom = null)
    {
        var posts = channels[name].Posts;
        posts[id] = new PostMarkup(id, date, textHtml, previewUrl, forwardedFrom);
    }

    public void Delete(string name, long id) => channels[name].Posts.TryRemove(id, out _);

    public void Article(string path, string html) => articles[path] = html;

    /// <summary>The channel's preview answers with <paramref name="status"/> (and Retry-After when given) until <see cref="Recover"/>.</summary>
    public void Fail(string name, int status, string? retryAfter = null) => failures[name] = (status, retryAfter);

    public void Recover(string name) => failures.TryRemove(name, out _);

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        var pathAndQuery = path + context.Request.QueryString;
        if (articles.TryGetValue(path, out var article))
        {
            await WriteAsync(context, pathAndQuery, article);
            return;
        }

        var name = path.StartsWith("/s/", StringComparison.Ordinal) ? path[3..] : path.TrimStart('/');
        if (failures.TryGetValue(name, out var failure))
        {
            context.Response.StatusCode = failure.Status;
            if (failure.RetryAfter is not null)
            {
                context.Response.Headers.RetryAfter = failure.RetryAfter;
            }

            Requests.Enqueue((pathAndQuery, failure.Status));
            return;
        }

        if (path.StartsWith("/s/", StringComparison.Ordinal) && channels.TryGetValue(name, out var open) && open.Preview)
        {
            long? before = long.TryParse(context.Request.Query["before"], NumberStyles.None, CultureInfo.InvariantCulture, out var b) ? b : null;
            var html = History(name, open, before);
            var etag = "\"" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(html)))[..16] + "\"";
            if (context.Request.Headers.IfNoneMatch.ToString() == etag)
            {
                context.Response.StatusCode = 304;
                Requests.Enqueue((pathAndQuery, 304));
                return;
            }

            context.Response.Headers.ETag = etag;
            await WriteAsync(context, pathAndQuery, html);
            return;
        }

        if (path.StartsWith("/s/", StringComparison.Ordinal))
        {
            context.Response.StatusCode = 302;
            context.Response.Headers.Location = "/" + name;
            Requests.Enqueue((pathAndQuery, 302));
            return;
        }

        await WriteAsync(context, pathAndQuery, channels.TryGetValue(name, out var closed) ? ContactPage(name, closed.Title) : UnknownPage(name));
    }

    private async Task WriteAsync(HttpContext context, string pathAndQuery, string html)
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        Requests.Enqueue((pathAndQuery, 200));
        await context.Response.WriteAsync(html);
    }

    private static string History(string name, Channel channel, long? before)
    {
        var posts = channel.Posts.Values.Where(p => before is null || p.Id < before).OrderByDescending(p => p.Id).Take(PageSize).OrderBy(p => p.Id).ToList();
        var html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body class=\"widget_frame_base tgme_webpreview_body\"><main class=\"tgme_main\"><div class=\"tgme_container\">");
        html.Append("<div class=\"tgme_channel_info\"><div class=\"tgme_channel_info_header\"><div class=\"tgme_channel_info_header_title\"><span dir=\"auto\">")
            .Append(SecurityElement.Escape(channel.Title)).Append("</span></div></div></div><section class=\"tgme_channel_history js-message_history\">");
        if (posts.Count == 0)
        {
            html.Append("<div class=\"tgme_widget_message_centered js-empty_widget\"><div class=\"tme_no_messages_found\">No posts found</div></div>");
        }

        foreach (var post in posts)
        {
            html.Append("<div class=\"tgme_widget_message_wrap js-widget_message_wrap\"><div class=\"tgme_widget_message text_not_supported_wrap js-widget_message\" data-post=\"")
                .Append(name).Append('/').Append(post.Id.ToString(CultureInfo.InvariantCulture)).Append("\"><div class=\"tgme_widget_message_bubble\">");
            if (post.ForwardedFrom is { } origin)
            {
                html.Append("<div class=\"tgme_widget_message_forwarded_from accent_color\">Forwarded from&nbsp;<a class=\"tgme_widget_message_forwarded_from_name\" href=\"https://t.me/")
                    .Append(origin).Append("/1\"><span dir=\"auto\">").Append(origin).Append("</span></a></div>");
            }

            html.Append("<div class=\"tgme_widget_message_text js-message_text\" dir=\"auto\">").Append(post.TextHtml).Append("</div>");
            if (post.PreviewUrl is { } preview)
            {
                html.Append("<a class=\"tgme_widget_message_link_preview\" href=\"").Append(SecurityElement.Escape(preview))
                    .Append("\"><div class=\"link_preview_site_name accent_color\" dir=\"auto\">Site</div><div class=\"link_preview_title\" dir=\"auto\">Article</div></a>");
            }

            html.Append("<div class=\"tgme_widget_message_footer compact js-message_footer\"><div class=\"tgme_widget_message_info short js-message_info\"><span class=\"tgme_widget_message_meta\"><a class=\"tgme_widget_message_date\" href=\"https://t.me/")
                .Append(name).Append('/').Append(post.Id.ToString(CultureInfo.InvariantCulture)).Append("\"><time datetime=\"")
                .Append(post.Date.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture)).Append("\" class=\"time\">")
                .Append(post.Date.ToString("HH:mm", CultureInfo.InvariantCulture)).Append("</time></a></span></div></div></div></div></div>");
        }

        return html.Append("</section></div></main></body></html>").ToString();
    }

    private static string ContactPage(string name, string title) =>
        $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Telegram: Contact @{name}</title></head><body><div class=\"tgme_page_wrap\"><div class=\"tgme_page\">"
        + $"<div class=\"tgme_page_title\"><span dir=\"auto\">{SecurityElement.Escape(title)}</span></div><div class=\"tgme_page_extra\">1 204 subscribers</div></div></div></body></html>";

    private static string UnknownPage(string name) =>
        $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Telegram: Contact @{name}</title></head><body><div class=\"tgme_page_wrap\"><div class=\"tgme_page\">"
        + $"<div class=\"tgme_page_description\">If you have <strong>Telegram</strong>, you can contact <a class=\"tgme_username_link\" href=\"tg://resolve?domain={name}\">@{name}</a> right away.</div></div></div></body></html>";

    public async ValueTask DisposeAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }
    }

    private sealed record Channel(string Title, bool Preview)
    {
        public ConcurrentDictionary<long, PostMarkup> Posts { get; } = new();
    }

    private sealed record PostMarkup(long Id, DateTimeOffset Date, string TextHtml, string? PreviewUrl, string? ForwardedFrom);
}
