using System.ClientModel;
using System.Globalization;
using Gist.Summarization.Llm.Endpoints;

namespace Gist.Summarization.Llm.Resilience;

/// <summary>
/// How long the provider asked us to wait: Azure OpenAI's <c>retry-after-ms</c> (milliseconds) first, then the
/// standard <c>Retry-After</c> (RFC 9110 §10.2.3: delay-seconds or an HTTP-date). When every deployment rests, the
/// time until the first of them is back.
/// </summary>
public static class RetryAfterHeader
{
    public static TimeSpan? Of(Exception? exception, TimeProvider time)
    {
        if (exception is ModelEndpointsUnavailableException unavailable)
        {
            return unavailable.RetryAfter;
        }

        if (exception is not ClientResultException client || client.GetRawResponse() is not { } response)
        {
            return null;
        }

        if (response.Headers.TryGetValue("retry-after-ms", out var ms)
            && double.TryParse(ms, NumberStyles.Float, CultureInfo.InvariantCulture, out var milliseconds) && milliseconds >= 0)
        {
            return TimeSpan.FromMilliseconds(milliseconds);
        }

        if (!response.Headers.TryGetValue("Retry-After", out var value) || string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? (date - time.GetUtcNow()) is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero
            : null;
    }
}
