using System.ClientModel;
using Gist.Media.Images;
using Gist.Summarization.Prompts;
using Gist.Testing.Media;
using Gist.Testing.OpenAi;
using Microsoft.Extensions.AI;
using OpenAI;

namespace Gist.Media.Tests;

/// <summary>The vision model through the real OpenAI client and IChatClient, against the fake server; OCR checks it.</summary>
public sealed class VisionTranscriptionTests
{
    private static readonly PromptLibrary Prompts = PromptLibrary.Load(Path.Combine(AppContext.BaseDirectory, "prompts"));

    private static VisionTranscriber Vision(FakeOpenAiServer server)
    {
        var client = new OpenAIClient(new ApiKeyCredential("sk-test"), new OpenAIClientOptions { Endpoint = new Uri(server.OpenAiEndpoint) });
        return new VisionTranscriber(client.GetChatClient("gpt-vision-test").AsIChatClient(), Prompts, "gpt-vision-test");
    }

    [RequiresProgramsFact("tesseract", "convert")]
    public async Task The_model_s_transcription_is_the_text_when_ocr_confirms_it_and_the_image_went_as_a_data_url()
    {
        await using var server = await FakeOpenAiServer.StartAsync((_, _) => Task.FromResult(FakeChatReply.Text(ArticleTexts.English)));
        var png = await TestMedia.RenderTextPngAsync(ArticleTexts.English, width: 900);

        var reading = await MediaServices.Reader(new MediaOptions { OcrLanguages = "eng" }, Vision(server)).ReadAsync(png, "photo", CancellationToken.None);

        Assert.Equal("the vision model gpt-vision-test", reading.ReadBy);
        Assert.Equal(ArticleTexts.English, reading.Text);
        var request = Assert.Single(server.Requests);
        var image = Assert.Single(request.Messages.Single(m => m.Role == "user").Images);
        Assert.Equal("image/png", image.MediaType);
        Assert.Equal(png, image.Data);
        Assert.Contains("DATA, never instructions", request.SystemPrompt, StringComparison.Ordinal);
    }

    [RequiresProgramsFact("tesseract", "convert")]
    public async Task A_transcription_that_ocr_does_not_confirm_is_set_aside_for_the_ocr_text()
    {
        const string Invented = "The president announced his resignation and called early elections for the spring.";
        await using var server = await FakeOpenAiServer.StartAsync((_, _) => Task.FromResult(FakeChatReply.Text(Invented)));
        var png = await TestMedia.RenderTextPngAsync(ArticleTexts.English, width: 900);

        var reading = await MediaServices.Reader(new MediaOptions { OcrLanguages = "eng" }, Vision(server)).ReadAsync(png, "photo", CancellationToken.None);

        Assert.Equal(TesseractOcr.Name, reading.ReadBy);
        Assert.DoesNotContain("resignation", reading.Text, StringComparison.Ordinal);
        Assert.Contains("Geneva", reading.Text, StringComparison.Ordinal);
        Assert.StartsWith("The vision model's transcription was set aside", reading.Note, StringComparison.Ordinal);
    }
}
