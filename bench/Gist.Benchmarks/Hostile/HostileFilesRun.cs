using System.Text;
using Gist.Testing.Hostile;

namespace Gist.Benchmarks.Hostile;

/// <summary>
/// Writes the hostile files of docs/RELIABILITY.md ("Hostile input") to a folder, for tools/measure-hostile.sh to
/// run the published `gist extract` / `gist summarize` on each (time and peak RSS of the whole process).
/// </summary>
public static class HostileFilesRun
{
    public static int Run(string folder)
    {
        Directory.CreateDirectory(folder);
        var files = new (string Name, Func<byte[]> Make)[]
        {
            ("pdf-bomb-1gib.pdf", () => HostileFiles.PdfBomb(1L << 30)),
            ("pdf-4m-operators.pdf", () => HostileFiles.PdfOperators(4_000_000)),
            ("pdf-date-offset-15h.pdf", () => HostileFiles.PdfArticle(["The council approved the new budget on Monday.", "The mayor said the vote was close."], "D:20231109120000+15'00'")),
            ("nested-div-20k.html", () => Utf8(HostileFiles.NestedDivs(20_000))),
            ("nested-div-200k.html", () => Utf8(HostileFiles.NestedDivs(200_000))),
            ("unclosed-a-20k.html", () => Utf8(HostileFiles.UnclosedAnchors(20_000))),
            ("nested-ul-li-20k.html", () => Utf8(HostileFiles.NestedLists(20_000))),
            ("ordinary-blocks-20k.html", () => Utf8(HostileFiles.OrdinaryBlocks(20_000))),
            ("ordinary-blocks-3k.html", () => Utf8(HostileFiles.OrdinaryBlocks(3_000))),
            ("sentences-5k.txt", () => Utf8(HostileFiles.ManySentences(5_000))),
            ("sentences-10k.txt", () => Utf8(HostileFiles.ManySentences(10_000))),
        };
        foreach (var (name, make) in files)
        {
            var bytes = make();
            File.WriteAllBytes(Path.Combine(folder, name), bytes);
            Console.WriteLine($"{name}\t{bytes.Length / 1024.0:0} KB");
        }

        return 0;
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
