using Microsoft.Extensions.Options;

namespace Gist.Telegram.Web;

/// <summary>Web__PublicUrl, when set, is an absolute http(s) address without query or fragment.</summary>
public sealed class WebOptionsValidator : IValidateOptions<WebOptions>
{
    public ValidateOptionsResult Validate(string? name, WebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.PublicUrl))
        {
            return ValidateOptionsResult.Success;
        }

        return Uri.TryCreate(options.PublicUrl, UriKind.Absolute, out var url)
            && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
            && string.IsNullOrEmpty(url.Query) && string.IsNullOrEmpty(url.Fragment)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail("Web__PublicUrl must be an absolute https address without query or fragment, e.g. https://bot.example.com.");
    }
}
