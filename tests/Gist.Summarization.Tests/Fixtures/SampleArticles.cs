using Gist.Core.Articles;
using Gist.Input;

namespace Gist.Summarization.Tests.Fixtures;

/// <summary>The five Arabic samples (tests/Gist.Input.Tests/Fixtures), raw and cleaned.</summary>
public static class SampleArticles
{
    public const string Seoul000 = "000_687531a2e5c0bf49.txt";
    public const string Kirby001 = "001_40c00b8a0b0640c2.txt";
    public const string Seoul002 = "002_d6c21662765e2803.txt";
    public const string Accusations003 = "003_ad2439e1410d6d88.txt";
    public const string Seoul004 = "004_ce60fee0fd194799.txt";

    public static TheoryData<string> Names => new(Seoul000, Kirby001, Seoul002, Accusations003, Seoul004);

    public static string Raw(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    public static CleanedText Cleaned(string name) => new PastedTextCleaner().Clean(Raw(name));

    public static Article Article(string name) => Cleaned(name).ToArticle(ArticleOrigin.Pasted, "ar");
}
