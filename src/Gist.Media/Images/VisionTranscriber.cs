using Gist.Summarization.Prompts;
using Microsoft.Extensions.AI;

namespace Gist.Media.Images;

/// <summary>
/// Transcription of an image by a vision-capable model (Llm__VisionModel) through <see cref="IChatClient"/>: the
/// instructions from prompts/transcribe-image.system.md, the image as <see cref="DataContent"/> in the user message.
/// </summary>
public sealed class VisionTranscriber(IChatClient client, PromptLibrary prompts, string model)
{
    /// <summary>The DI key of the vision model's chat client.</summary>
    public const string ClientKey = Gist.Summarization.SummarizationHostingExtensions.VisionClientKey;

    private const string NoText = "NO TEXT";

    public string ReadBy => $"the vision model {model}";

    /// <returns>The transcription, or "" when the model sees no text.</returns>
    public async Task<string> TranscribeAsync(ReadOnlyMemory<byte> image, ImageHeader header, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(header);
        List<ChatMessage> messages =
        [
            new(ChatRole.System, prompts["transcribe-image.system"].Text),
            new(ChatRole.User, [new TextContent("Transcribe the text in this image."), new DataContent(image, header.MediaType)]),
        ];
        var response = await client.GetResponseAsync(messages, new ChatOptions { Temperature = 0 }, cancellationToken);
        var text = response.Text.Trim();
        // The prompt asks for one paragraph per line, so lines are kept (OCR's line breaks, by contrast, are layout).
        return text.Equals(NoText, StringComparison.OrdinalIgnoreCase)
            ? ""
            : string.Join('\n', text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
    }
}
