using Gist.Core.Articles;
using Gist.Media.Speech;
using Gist.Summarization.Llm;
using Gist.Testing.Media;
using Gist.Testing.OpenAi;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Gist.Media.Tests;

/// <summary>The real OpenAI and Azure OpenAI audio clients against the fake's /audio/transcriptions, over HTTP.</summary>
public sealed class SpeechTranscriberTests
{
    private static OpenAiSpeechTranscriber Transcriber(FakeOpenAiServer server, string provider = LlmProviders.OpenAi)
    {
        var llm = new LlmOptions
        {
            Provider = provider,
            Endpoint = provider == LlmProviders.OpenAi ? server.OpenAiEndpoint : server.BaseUrl,
            ApiKey = "sk-test",
            Model = "gpt-test",
        };
        var converter = new AudioConverter(MediaServices.Runner, Options.Create(new MediaOptions()));
        return new OpenAiSpeechTranscriber(MediaHostingExtensions.CreateAudioClient(llm, "whisper-test"), converter, "whisper-test", MediaServices.Gate,
            NullLogger<OpenAiSpeechTranscriber>.Instance);
    }

    [Fact]
    public async Task A_voice_note_goes_to_the_endpoint_as_it_is_and_the_verbose_answer_gives_text_language_and_length()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Transcriber = _ => new FakeTranscription("قال الوزير إن المحادثات ستستأنف الأسبوع المقبل.", "arabic", 4.5);
        byte[] ogg = [.. "OggS"u8, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4];

        var transcript = await Transcriber(server).TranscribeAsync(new SpeechInput(ogg, "voice.ogg", "audio/ogg", IsVideo: false), CancellationToken.None);

        Assert.Equal("قال الوزير إن المحادثات ستستأنف الأسبوع المقبل.", transcript.Text);
        Assert.Equal("arabic", transcript.Language);
        Assert.Equal(TimeSpan.FromSeconds(4.5), transcript.Duration);
        var request = Assert.Single(server.TranscriptionRequests);
        Assert.Equal(("/v1/audio/transcriptions", "whisper-test", "verbose_json", "voice.ogg"), (request.Path, request.Model, request.ResponseFormat, request.FileName));
        Assert.Equal(ogg, request.Audio);
        Assert.Equal("sk-test", request.ApiKey);
    }

    [Fact]
    public async Task A_transcript_passes_the_model_text_gate_no_bidi_override_no_zero_width_no_live_address()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Transcriber = _ => new FakeTranscription("The minister said\u202E exe.png\u200B the talks resume: see http://evil.example/phish now.", "english", 3);
        byte[] ogg = [.. "OggS"u8, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4];

        var transcript = await Transcriber(server).TranscribeAsync(new SpeechInput(ogg, "voice.ogg", "audio/ogg", IsVideo: false), CancellationToken.None);

        Assert.DoesNotContain('\u202E', transcript.Text);
        Assert.DoesNotContain('\u200B', transcript.Text);
        Assert.DoesNotContain("http://evil.example", transcript.Text, StringComparison.Ordinal);
        Assert.Contains("The minister said", transcript.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Azure_openai_sends_the_recording_to_the_deployment_path()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        byte[] mp3 = [.. "ID3"u8, 4, 0, 0, 0, 0, 0, 0, 1, 2, 3];

        var transcript = await Transcriber(server, LlmProviders.AzureOpenAi).TranscribeAsync(new SpeechInput(mp3, "interview.mp3", "audio/mpeg", false), CancellationToken.None);

        Assert.Equal("This is the fake transcription.", transcript.Text);
        var request = Assert.Single(server.TranscriptionRequests);
        Assert.Equal("whisper-test", request.Deployment);
        Assert.StartsWith("/openai/deployments/whisper-test/audio/transcriptions", request.Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refusal_by_the_endpoint_becomes_a_clear_answer()
    {
        await using var server = await FakeOpenAiServer.StartAsync();

        var error = await Assert.ThrowsAsync<ArticleUnavailableException>(() =>
            Transcriber(server).TranscribeAsync(new SpeechInput(Array.Empty<byte>(), "empty.ogg", "audio/ogg", false), CancellationToken.None));

        Assert.Contains("could not transcribe empty.ogg (HTTP 400)", error.UserMessage, StringComparison.Ordinal);
    }

    [RequiresProgramsFact("ffmpeg", "espeak-ng")]
    public async Task A_video_note_is_sent_as_its_sound_track_in_ogg_opus()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        var video = await TestMedia.VideoNoteAsync("The minister said the talks will resume next week.");

        await Transcriber(server).TranscribeAsync(new SpeechInput(video, "video-note.mp4", "video/mp4", IsVideo: true), CancellationToken.None);

        var request = Assert.Single(server.TranscriptionRequests);
        Assert.Equal("ogg", request.Container);
        Assert.Equal("video-note.ogg", request.FileName);
        Assert.True(request.Audio.Length < video.Length, $"{request.Audio.Length} bytes of sound from {video.Length} of video");
    }

    [RequiresProgramsFact("ffmpeg")]
    public async Task A_file_that_is_not_audio_gets_a_clear_answer()
    {
        await using var server = await FakeOpenAiServer.StartAsync();

        var error = await Assert.ThrowsAsync<ArticleUnavailableException>(() =>
            Transcriber(server).TranscribeAsync(new SpeechInput("just text, no sound"u8.ToArray(), "clip.mp4", "video/mp4", IsVideo: true), CancellationToken.None));

        Assert.Equal("clip.mp4 could not be decoded: the file is damaged or not audio or video.", error.UserMessage);
        Assert.Empty(server.TranscriptionRequests);
    }
}
