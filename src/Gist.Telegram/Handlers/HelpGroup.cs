namespace Gist.Telegram.Handlers;

/// <summary>The groups of /help, in the order people meet them: reading one article, the daily digest, settings.</summary>
public enum HelpGroup
{
    Article,
    Digest,
    Settings,
}
