using Gist.MiniApp.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Gist.MiniApp.Api;

/// <summary>Wraps an API handler: security headers, sign-in (401 without it), and an unexpected failure as a 500 that says nothing.</summary>
public sealed class ApiRoute(RequestAuthenticator authenticator, ILogger<ApiRoute> logger)
{
    public RequestDelegate For(Func<HttpContext, MiniAppUser, CancellationToken, Task<IResult>> handler) => async context =>
    {
        SecurityHeaders.Apply(context.Response, cacheable: false);
        IResult result;
        if (authenticator.Authenticate(context.Request) is not { } user)
        {
            result = ApiResponses.Unauthorized();
        }
        else
        {
            try
            {
                result = await handler(context, user, context.RequestAborted);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Mini App API {Method} {Path} failed", context.Request.Method, context.Request.Path);
                result = Results.Json(new { error = "Something went wrong on our side." }, ApiResponses.Json, statusCode: StatusCodes.Status500InternalServerError);
            }
        }

        await result.ExecuteAsync(context);
    };
}
