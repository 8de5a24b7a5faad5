namespace Gist.Input.Tests.Fixtures;

/// <summary>The five Arabic sample articles (copied from samples/articles), as a person would paste them.</summary>
public static class Samples
{
    public const string Seoul000 = "000_687531a2e5c0bf49.txt";
    public const string Kirby001 = "001_40c00b8a0b0640c2.txt";
    public const string Seoul002 = "002_d6c21662765e2803.txt";
    public const string Accusations003 = "003_ad2439e1410d6d88.txt";
    public const string Seoul004 = "004_ce60fee0fd194799.txt";

    public static readonly string[] All = [Seoul000, Kirby001, Seoul002, Accusations003, Seoul004];

    public static TheoryData<string> Names => new(All);

    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));
}
