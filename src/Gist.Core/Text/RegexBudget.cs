namespace Gist.Core.Text;

/// <summary>
/// Every regular expression run on untrusted text (pages, files, pasted text, feeds, model output) carries this
/// match timeout: a pattern that backtracks on crafted input throws RegexMatchTimeoutException, which fails that
/// one request with a clear reply, instead of holding a core.
/// </summary>
public static class RegexBudget
{
    public const int MatchTimeoutMilliseconds = 5000;
}
