using Gist.MiniApp.Api;
using Gist.MiniApp.Assets;
using Gist.Telegram.Receiving;
using Gist.Telegram.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Gist.MiniApp;

/// <summary>
/// The Mini App on the bot's listener, under /app: the page (/app/), its script and style, and the JSON API
/// (/app/api/…), every API call signed in by Telegram's initData (<see cref="ApiRoute"/>).
/// </summary>
public sealed class MiniAppEndpoints(
    EmbeddedAssets assets,
    ApiRoute route,
    DigestApi digests,
    ArticleApi articles,
    SearchApi search,
    SubscriptionApi subscriptions) : IListenerRoutes
{
    public void Map(IEndpointRouteBuilder routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        const string app = MiniAppLinks.BasePath;
        routes.MapGet(app + "/", context =>
        {
            if (!context.Request.Path.Value!.EndsWith('/'))
            {
                // Relative addresses in the page (app.js, api/…) need the trailing slash; the query is kept.
                context.Response.Redirect(app + "/" + context.Request.QueryString);
                return Task.CompletedTask;
            }

            return assets.ServeAsync(context, "index.html");
        });
        foreach (var file in assets.Names.Where(n => n != "index.html"))
        {
            routes.MapGet(app + "/" + file, context => assets.ServeAsync(context, file));
        }

        var api = app + "/api";
        routes.MapGet(api + "/me", route.For((_, user, _) => Task.FromResult(ApiResponses.Ok(new { id = user.Id, firstName = user.FirstName, dev = user.IsDev }))));
        routes.MapGet(api + "/digests", route.For(digests.ListAsync));
        routes.MapGet(api + "/digests/{date}", route.For(digests.GetAsync));
        routes.MapGet(api + "/articles", route.For(articles.ListAsync));
        routes.MapGet(api + "/articles/{id}", route.For(articles.GetAsync));
        routes.MapGet(api + "/search", route.For(search.SearchAsync));
        routes.MapGet(api + "/subscriptions", route.For(subscriptions.GetAsync));
        routes.MapPut(api + "/subscriptions/{id}/filter", route.For(subscriptions.SetFilterAsync));
        routes.MapDelete(api + "/subscriptions/{id}", route.For(subscriptions.RemoveAsync));
        routes.MapPut(api + "/schedule", route.For(subscriptions.SetScheduleAsync));
        routes.Map(api + "/{**rest}", route.For((_, _, _) => Task.FromResult(ApiResponses.NotFound("No such API."))));
    }
}
