using Gist.IntegrationTests.Support;
using Gist.Testing.BotApi;
using Gist.Testing.Media;
using Gist.Testing.OpenAi;

namespace Gist.IntegrationTests;

/// <summary>Screenshots, photos, scans, voice and video through the real host, the fake Bot API (getFile and the
/// download route) and, where a model is involved, the fake model server over HTTP.</summary>
public sealed class MediaInputTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    /// <summary>Sample 000's opening, as a screenshot would show it.</summary>
    private static readonly string Arabic = string.Join('\n', Fixture.Read("seed-000.txt").Split('\n').Skip(3).Take(3));

    /// <summary>Arabic and English packs only: every default pack costs seconds of loading per image.</summary>
    private static Dictionary<string, string?> Ocr(Dictionary<string, string?>? more = null)
    {
        var settings = more ?? [];
        settings["Media:OcrLanguages"] = "ara+eng";
        return settings;
    }

    private static bool Answered(FakeBotApiState s, FakeUser user) => s.Messages(user.Id).Any(m => m.ButtonTexts.Count > 0);

    [RequiresProgramsFact("tesseract", "convert")]
    public async Task A_screenshot_with_a_caption_is_read_summarized_and_the_text_read_can_be_shown()
    {
        var png = await TestMedia.RenderTextPngAsync(Arabic, font: "Noto Naskh Arabic");
        var jpeg = await TestMedia.ToJpegAsync(png);
        await using var telegram = await FakeBotApiServer.StartAsync();
        await using var bot = await GistBot.StartAsync(telegram, Ocr());
        var alice = FakeUser.Create(1601, "Alice");

        telegram.Updates.EnqueuePhoto(alice, jpeg, 1060, 400, caption: "المستقلة: تصريحات بلينكن في سيول");
        await telegram.State.WaitForAsync(s => Answered(s, alice), Timeout);

        var summary = telegram.State.Messages(alice.Id).Single(m => m.ButtonTexts.Count > 0);
        Assert.Contains("Text read from an image by Tesseract OCR", summary.Text, StringComparison.Ordinal);
        Assert.Contains("تصريحات بلينكن في سيول", summary.Text, StringComparison.Ordinal); // The caption is the headline.
        Assert.Contains("بلينكن", summary.Text, StringComparison.Ordinal);
        Assert.Equal(["Full translation", "Show the text read"], summary.ButtonTexts);

        telegram.Updates.EnqueueCallbackQuery(alice, summary.MessageId, summary.InlineButtons[1].CallbackData!);
        await telegram.State.WaitForAsync(s => s.Messages(alice.Id).Any(m => m.Text.StartsWith("Text read from the image", StringComparison.Ordinal)), Timeout);
        var shown = telegram.State.Messages(alice.Id).Single(m => m.Text.StartsWith("Text read from the image", StringComparison.Ordinal));
        Assert.Contains("أنتوني بلينكن", shown.Text, StringComparison.Ordinal);
        Assert.Contains("Text read from an image by Tesseract OCR", shown.Text, StringComparison.Ordinal);
        Assert.Equal(summary.MessageId, shown.ReplyToMessageId);
    }

    [RequiresProgramsFact("tesseract", "convert")]
    public async Task An_image_document_is_summarized_by_the_model_with_its_evidence_verified_and_a_picture_without_text_says_so()
    {
        var script = new ScriptedModel();
        script.ExtraClaims.Add(new { text = "Invented.", speaker = "Antony Blinken", kind = "statement", evidence = "قال بلينكن إن الحرب انتهت تماما وإلى الأبد" });
        await using var model = await FakeOpenAiServer.StartAsync(script.RespondAsync);
        await using var telegram = await FakeBotApiServer.StartAsync();
        await using var bot = await GistBot.StartAsync(telegram, Ocr(ModelSettings.OpenAi(model)));
        var alice = FakeUser.Create(1602, "Alice");
        var bob = FakeUser.Create(1603, "Bob");

        telegram.Updates.EnqueueDocument(alice, await TestMedia.RenderTextPngAsync(Arabic, font: "Noto Naskh Arabic"), "screenshot.png", "image/png");
        telegram.Updates.EnqueuePhoto(bob, await TestMedia.ToJpegAsync(await TestMedia.RenderTextPngAsync(" ", width: 400)), 460, 90);
        await telegram.State.WaitForAsync(s => Answered(s, alice) && s.Messages(bob.Id).Count > 0 && !s.Messages(bob.Id)[^1].Text.EndsWith('…'), Timeout);

        var reply = string.Join('\n', telegram.State.Messages(alice.Id).Select(m => m.Text));
        Assert.Contains("The first sentence of the article, as a claim.", reply, StringComparison.Ordinal);
        Assert.Contains("1 claim was left out", reply, StringComparison.Ordinal);
        Assert.Contains("أنتوني بلينكن", model.Requests.First(r => r.SchemaName == "article_summary").LastUserMessage, StringComparison.Ordinal);
        Assert.Contains("I found no text to summarize in this image", telegram.State.Messages(bob.Id)[^1].Text, StringComparison.Ordinal);
    }

    [RequiresProgramsFact("tesseract", "convert", "pdftoppm")]
    public async Task A_scanned_pdf_is_read_page_by_page_up_to_the_page_limit()
    {
        var png = await TestMedia.RenderTextPngAsync(Arabic, font: "Noto Naskh Arabic");
        var header = Gist.Media.Images.ImageHeader.Read(png)!;
        var pdf = TestMedia.ScannedPdf(await TestMedia.ToJpegAsync(png), header.Width, header.Height, pages: 2);
        await using var telegram = await FakeBotApiServer.StartAsync();
        await using var bot = await GistBot.StartAsync(telegram, Ocr(new() { ["Media:MaxScannedPages"] = "1" }));
        var alice = FakeUser.Create(1604, "Alice");

        telegram.Updates.EnqueueDocument(alice, pdf, "statement.pdf", "application/pdf");
        await telegram.State.WaitForAsync(s => Answered(s, alice), Timeout);

        var summary = telegram.State.Messages(alice.Id).Single(m => m.ButtonTexts.Count > 0);
        Assert.Contains("Text read from a scanned PDF by Tesseract OCR", summary.Text, StringComparison.Ordinal);
        Assert.Contains("Only page 1 of 2 was read (the limit is 1 page).", summary.Text, StringComparison.Ordinal);
        Assert.Contains("statement.pdf", summary.Text, StringComparison.Ordinal);
    }

    [RequiresProgramsFact("ffmpeg", "espeak-ng")]
    public async Task A_voice_note_and_a_video_note_are_transcribed_and_summarized_and_each_limit_is_refused_by_name()
    {
        var script = new ScriptedModel();
        await using var model = await FakeOpenAiServer.StartAsync(script.RespondAsync);
        // Different words for each recording: the same text would be summarized once and served from the cache.
        var other = string.Join('\n', Fixture.Read("seed-002.txt").Split('\n').Skip(2).Take(3));
        model.Transcriber = r => new FakeTranscription(r.FileName == "voice.ogg" ? Arabic : other, "arabic", 6);
        await using var telegram = await FakeBotApiServer.StartAsync();
        var settings = ModelSettings.OpenAi(model);
        settings["Llm:TranscriptionModel"] = "whisper-test";
        await using var bot = await GistBot.StartAsync(telegram, settings);
        var alice = FakeUser.Create(1605, "Alice");
        var bob = FakeUser.Create(1606, "Bob");
        var carol = FakeUser.Create(1607, "Carol");
        var voice = await TestMedia.VoiceNoteAsync("The minister said the talks will resume next week.");

        telegram.Updates.EnqueueVoice(alice, voice, 4, caption: "Voice note from our correspondent in Seoul");
        telegram.Updates.EnqueueVideoNote(bob, await TestMedia.VideoNoteAsync("The ministry denied the reports."), 3);
        telegram.Updates.EnqueueVoice(carol, voice, 3600);
        telegram.Updates.EnqueueVideo(carol, voice, 30, declaredSize: 30L * 1024 * 1024);
        await telegram.State.WaitForAsync(s => Answered(s, alice) && Answered(s, bob) && s.Messages(carol.Id).Count >= 2, Timeout);

        var summary = telegram.State.Messages(alice.Id).Single(m => m.ButtonTexts.Count > 0);
        Assert.Contains("Transcript of a voice note by the transcription model whisper-test", summary.Text, StringComparison.Ordinal);
        Assert.Contains("The first sentence of the article, as a claim.", summary.Text, StringComparison.Ordinal);
        Assert.Equal(["Full translation", "Show the transcript"], summary.ButtonTexts);
        Assert.Contains(model.Requests, r => r.SchemaName == "article_summary" && r.LastUserMessage.Contains("Voice note from our correspondent in Seoul", StringComparison.Ordinal));
        Assert.Contains("Transcript of a video note", telegram.State.Messages(bob.Id).Single(m => m.ButtonTexts.Count > 0).Text, StringComparison.Ordinal);
        Assert.Equal(2, model.TranscriptionRequests.Count);
        Assert.All(model.TranscriptionRequests, r => Assert.Equal("ogg", r.Container));
        Assert.Contains(model.TranscriptionRequests, r => r.Audio.AsSpan().SequenceEqual(voice));
        var refusals = telegram.State.Messages(carol.Id).Select(m => m.Text).ToList();
        Assert.Contains("This voice note is 1:00:00 long; I transcribe recordings up to 20:00.", refusals);
        Assert.Contains("This video is 30 MB; I can download files up to 20 MB.", refusals);
    }

    [Fact]
    public async Task Without_a_transcription_model_a_voice_note_gets_how_to_enable_it_and_an_oversized_photo_is_refused_before_download()
    {
        await using var telegram = await FakeBotApiServer.StartAsync();
        await using var bot = await GistBot.StartAsync(telegram);
        var alice = FakeUser.Create(1608, "Alice");
        var bob = FakeUser.Create(1609, "Bob");

        telegram.Updates.EnqueueVoice(alice, [.. "OggS"u8, 0, 2], 5);
        telegram.Updates.EnqueuePhoto(bob, [0xFF, 0xD8, 0xFF], 4000, 3000, declaredSize: 25L * 1024 * 1024);
        await telegram.State.WaitForAsync(s => s.Messages(alice.Id).Count > 0 && s.Messages(bob.Id).Count > 0, Timeout);

        Assert.Contains("Llm__TranscriptionModel", telegram.State.Messages(alice.Id)[^1].Text, StringComparison.Ordinal);
        Assert.Equal("This image is 25 MB; I read images up to 20 MB.", telegram.State.Messages(bob.Id)[^1].Text);
        Assert.DoesNotContain(telegram.State.Requests, r => r.Method == "getFile");
    }
}
