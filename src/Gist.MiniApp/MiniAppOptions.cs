using System.ComponentModel.DataAnnotations;

namespace Gist.MiniApp;

/// <summary>Configuration section "MiniApp". The Mini App is served when Web__PublicUrl is set (see WebOptions).</summary>
public sealed class MiniAppOptions
{
    public const string SectionName = "MiniApp";

    /// <summary>
    /// How old a Mini App's initData may be, in seconds (MiniApp__InitDataMaxAgeSeconds): its auth_date is when
    /// Telegram opened the app, so this is how long one opening stays signed in. Default one day.
    /// </summary>
    [Range(60, 7 * 24 * 3600)]
    public int InitDataMaxAgeSeconds { get; set; } = 24 * 3600;

    /// <summary>
    /// Development only (MiniApp__DevUserId): a request without initData is served as this Telegram user, so the app
    /// opens in a normal browser. Off (0) by default; refused at start in the Production environment with Telegram's
    /// own Bot API (a real bot). Never set it on a public server.
    /// </summary>
    [Range(0, long.MaxValue)]
    public long DevUserId { get; set; }

    public bool DevModeOn => DevUserId > 0;
}
