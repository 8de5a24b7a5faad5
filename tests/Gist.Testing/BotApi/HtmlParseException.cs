namespace Gist.Testing.BotApi;

/// <summary>Text that Telegram would refuse with "Bad Request: can't parse entities: {Message}".</summary>
public sealed class HtmlParseException : Exception
{
    public HtmlParseException()
    {
    }

    public HtmlParseException(string message) : base(message)
    {
    }

    public HtmlParseException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
