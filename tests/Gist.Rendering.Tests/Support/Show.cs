using System.Text;

namespace Gist.Rendering.Tests.Support;

/// <summary>Prints test inputs so a failing case can be pasted back into a unit test.</summary>
public static class Show
{
    /// <summary>A C# string literal, non-ASCII as \u escapes, cut after 400 characters.</summary>
    public static string Literal(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in value.Length > 400 ? value[..400] : value)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                _ when c < ' ' || c > '~' => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return builder.Append(value.Length > 400 ? "\"…" : "\"").ToString();
    }
}
