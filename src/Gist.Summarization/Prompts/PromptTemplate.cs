using System.Security.Cryptography;
using System.Text;

namespace Gist.Summarization.Prompts;

/// <summary>A prompt file with <c>{{name}}</c> placeholders; its version changes whenever its text does.</summary>
public sealed class PromptTemplate
{
    public PromptTemplate(string name, string text)
    {
        Name = name;
        Text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(Text));
        Version = $"{name}@{Convert.ToHexStringLower(hash)[..8]}";
    }

    public string Name { get; }

    public string Text { get; }

    public string Version { get; }

    /// <summary>Fills the placeholders; a placeholder without a value is an error in the prompt or the code.</summary>
    public string Render(IReadOnlyDictionary<string, string> values)
    {
        var builder = new StringBuilder(Text.Length + values.Sum(v => v.Value.Length));
        var position = 0;
        while (position < Text.Length)
        {
            var open = Text.IndexOf("{{", position, StringComparison.Ordinal);
            if (open < 0)
            {
                builder.Append(Text, position, Text.Length - position);
                break;
            }

            var close = Text.IndexOf("}}", open + 2, StringComparison.Ordinal);
            if (close < 0)
            {
                throw new FormatException($"Prompt {Name} has an unclosed placeholder at {open}.");
            }

            var key = Text[(open + 2)..close];
            if (!values.TryGetValue(key, out var value))
            {
                throw new KeyNotFoundException($"Prompt {Name} needs a value for {{{{{key}}}}}.");
            }

            builder.Append(Text, position, open - position).Append(value);
            position = close + 2;
        }

        return builder.ToString();
    }
}
