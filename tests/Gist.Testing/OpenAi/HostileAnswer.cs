namespace Gist.Testing.OpenAi;

/// <summary>
/// What a <see cref="HostileModel"/> writes: what a real model writes when a prompt injection hidden in an article
/// talks it into it, or when it simply misbehaves.
/// </summary>
public enum HostileAnswer
{
    /// <summary>HTML and Markdown: tags Telegram knows and does not, a tg:// user link, a Markdown link, stray closers.</summary>
    Markup,

    /// <summary>Addresses the article does not have: http, www, t.me, an e-mail address, an @username, tg://.</summary>
    Links,

    /// <summary>Bidi overrides, embeddings, isolates and marks (an override turns "exe.png" into "gnp.exe" on screen).</summary>
    BidiOverrides,

    /// <summary>Zero-width spaces and joiners, word joiners, byte-order marks, soft hyphens, invisible tag characters.</summary>
    ZeroWidth,

    /// <summary>Far longer than asked: every text field and translation many times its limit or its source.</summary>
    OverLong,

    /// <summary>"OK." for every text.</summary>
    OverShort,

    /// <summary>French, whatever language was asked for.</summary>
    WrongLanguage,

    /// <summary>The answer begins with the request's own delimiter line and repeats the system prompt.</summary>
    DelimiterEcho,

    /// <summary>Markup, links, bidi controls and zero-width characters together, in English.</summary>
    Everything,
}
