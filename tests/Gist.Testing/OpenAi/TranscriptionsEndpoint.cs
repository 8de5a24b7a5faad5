using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Gist.Testing.OpenAi;

/// <summary>
/// POST /v1/audio/transcriptions: multipart/form-data with <c>file</c> and <c>model</c> (a deployment path names the
/// model), optional <c>language</c> and <c>response_format</c> (json, text, verbose_json, srt, vtt). The text comes
/// from the server's transcriber; verbose_json reports a language and a duration (from <c>Duration</c>, seconds).
/// </summary>
internal static class TranscriptionsEndpoint
{
    private static readonly string[] Formats = ["json", "text", "verbose_json", "srt", "vtt"];

    public static async Task<FakeTranscriptionRequest> HandleAsync(HttpContext http, string? deployment,
        Func<FakeTranscriptionRequest, FakeTranscription> transcriber, CancellationToken cancellationToken)
    {
        if (!http.Request.HasFormContentType)
        {
            throw new OpenAiRequestException("The request must be multipart/form-data.");
        }

        var form = await http.Request.ReadFormAsync(cancellationToken);
        var upload = form.Files.GetFile("file") ?? throw new OpenAiRequestException("Missing required parameter: 'file'.", "file", "missing_required_parameter");
        var model = form["model"].FirstOrDefault();
        if (model is null && deployment is null)
        {
            throw new OpenAiRequestException("Missing required parameter: 'model'.", "model", "missing_required_parameter");
        }

        var format = form["response_format"].FirstOrDefault() ?? "json";
        if (!Formats.Contains(format))
        {
            throw new OpenAiRequestException($"'{format}' is not one of {string.Join(", ", Formats)} - 'response_format'", "response_format");
        }

        using var buffer = new MemoryStream();
        await upload.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length == 0)
        {
            throw new OpenAiRequestException("The audio file is empty.", "file");
        }

        var request = new FakeTranscriptionRequest(http.Request.Path.Value ?? "", deployment, model ?? deployment, upload.FileName,
            upload.ContentType, buffer.ToArray(), format, form["language"].FirstOrDefault(), ChatRequestParser.ApiKey(http.Request));
        var result = transcriber(request);
        if (format == "text")
        {
            await OpenAiResponses.WriteBytesAsync(http, 200, Encoding.UTF8.GetBytes(result.Text + "\n"), cancellationToken, "text/plain; charset=utf-8");
            return request;
        }

        if (format is "srt" or "vtt")
        {
            var end = TimeSpan.FromSeconds(result.Duration).ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture);
            var cue = format == "srt" ? $"1\n00:00:00,000 --> {end},000\n{result.Text}\n" : $"WEBVTT\n\n00:00:00.000 --> {end}.000\n{result.Text}\n";
            await OpenAiResponses.WriteBytesAsync(http, 200, Encoding.UTF8.GetBytes(cue), cancellationToken, "text/plain; charset=utf-8");
            return request;
        }

        var body = new JsonObject { ["text"] = result.Text };
        if (format == "verbose_json")
        {
            body = new JsonObject
            {
                ["task"] = "transcribe",
                ["language"] = result.Language,
                ["duration"] = result.Duration,
                ["text"] = result.Text,
                ["segments"] = new JsonArray(new JsonObject
                {
                    ["id"] = 0, ["seek"] = 0, ["start"] = 0.0, ["end"] = result.Duration, ["text"] = result.Text,
                    ["tokens"] = new JsonArray(), ["temperature"] = 0.0, ["avg_logprob"] = -0.2,
                    ["compression_ratio"] = 1.2, ["no_speech_prob"] = 0.01,
                }),
            };
        }

        await OpenAiResponses.WriteJsonAsync(http, 200, body, cancellationToken);
        return request;
    }
}
