using System.Globalization;
using Gist.Core.Digests;
using Gist.Digests.Scheduling;

namespace Gist.Telegram.Digests;

/// <summary>Sentences the digest commands share.</summary>
public static class DigestMessages
{
    public static string Schedule(Subscriber subscriber)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        var zone = ZoneResolver.Find(subscriber.TimeZoneId);
        var next = TimeZoneInfo.ConvertTime(subscriber.NextDigestAt, zone);
        return string.Create(CultureInfo.InvariantCulture,
            $"Your digest comes daily at {subscriber.DigestTime:HH:mm} ({subscriber.TimeZoneId}). Next: {next:ddd d MMM, HH:mm}.");
    }
}
