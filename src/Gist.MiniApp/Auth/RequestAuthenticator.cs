using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Gist.MiniApp.Auth;

/// <summary>
/// Who an API request is from: initData in <c>Authorization: tma &lt;initData&gt;</c>, checked by
/// <see cref="InitDataValidator"/>. Without the header, and only with the dev switch on, the dev user.
/// </summary>
public sealed class RequestAuthenticator(InitDataValidator validator, IOptions<MiniAppOptions> options)
{
    public const string Scheme = "tma ";

    public MiniAppUser? Authenticate(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.Authorization;
        if (header.Count == 0)
        {
            return options.Value.DevModeOn ? new MiniAppUser(options.Value.DevUserId, "Developer", null, IsDev: true) : null;
        }

        if (header.Count != 1 || header[0] is not { } value || !value.StartsWith(Scheme, StringComparison.Ordinal))
        {
            return null;
        }

        return validator.Validate(value[Scheme.Length..].Trim());
    }
}
