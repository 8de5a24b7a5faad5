namespace Gist.Rendering.Tests.Support;

/// <summary>What the validator found: an error (null when valid) and the text Telegram would show.</summary>
public sealed record HtmlCheck(string? Error, string VisibleText)
{
    public bool IsValid => Error is null;
}
