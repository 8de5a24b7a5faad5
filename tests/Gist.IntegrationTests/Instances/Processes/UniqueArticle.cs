namespace Gist.IntegrationTests.Instances.Processes;

/// <summary>A pasted article made new by a sentence of its own after the first line: not a cache hit, one model call each.</summary>
public static class UniqueArticle
{
    public static string From(string article, string reference)
    {
        var firstBreak = article.IndexOf('\n', StringComparison.Ordinal);
        return article[..firstBreak] + $"\nوقال المراسل في التقرير رقم {reference} إن الاجتماع استمر ساعتين كاملتين.\n" + article[(firstBreak + 1)..];
    }
}
