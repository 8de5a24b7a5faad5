using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Gist.Testing.OpenAi;

/// <summary>Parses a chat completion request body (https://platform.openai.com/docs/api-reference/chat/create).</summary>
internal static class ChatRequestParser
{
    public static FakeChatRequest Parse(string raw, HttpRequest http, string? deployment, long sequence, DateTimeOffset now)
    {
        JsonElement body;
        try
        {
            body = JsonDocument.Parse(raw).RootElement.Clone();
        }
        catch (JsonException)
        {
            throw new OpenAiRequestException("We could not parse the JSON body of your request.");
        }

        if (body.ValueKind != JsonValueKind.Object)
        {
            throw new OpenAiRequestException("The request body must be a JSON object.");
        }

        var model = Str(body, "model");
        if (model is null && deployment is null)
        {
            throw new OpenAiRequestException("you must provide a model parameter", "model", "missing_required_parameter");
        }

        if (!body.TryGetProperty("messages", out var messages) || messages.ValueKind != JsonValueKind.Array || messages.GetArrayLength() == 0)
        {
            throw new OpenAiRequestException("Missing required parameter: 'messages'.", "messages", "missing_required_parameter");
        }

        return new FakeChatRequest
        {
            Sequence = sequence,
            ReceivedAt = now,
            Path = http.Path.Value ?? "",
            Deployment = deployment,
            ApiVersion = http.Query["api-version"].FirstOrDefault(),
            ApiKey = ApiKey(http),
            Model = model ?? deployment,
            Messages = messages.EnumerateArray().Select(ParseMessage).ToList(),
            Stream = body.TryGetProperty("stream", out var stream) && stream.ValueKind == JsonValueKind.True,
            StreamIncludeUsage = body.TryGetProperty("stream_options", out var options) && options.ValueKind == JsonValueKind.Object
                && options.TryGetProperty("include_usage", out var usage) && usage.ValueKind == JsonValueKind.True,
            ResponseFormat = ParseResponseFormat(body),
            MaxTokens = (int?)Number(body, "max_tokens"),
            MaxCompletionTokens = (int?)Number(body, "max_completion_tokens"),
            Temperature = Number(body, "temperature"),
            TopP = Number(body, "top_p"),
            RawJson = raw,
            Body = body,
        };
    }

    internal static string? ApiKey(HttpRequest http)
    {
        var authorization = http.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? authorization["Bearer ".Length..]
            : http.Headers["api-key"].FirstOrDefault();
    }

    private static FakeChatMessage ParseMessage(JsonElement message)
    {
        var role = Str(message, "role") ?? "user";
        if (!message.TryGetProperty("content", out var content))
        {
            return new FakeChatMessage(role, "");
        }

        if (content.ValueKind != JsonValueKind.Array)
        {
            return new FakeChatMessage(role, content.ValueKind == JsonValueKind.String ? content.GetString()! : "");
        }

        var text = new StringBuilder();
        var images = new List<FakeChatImage>();
        foreach (var part in content.EnumerateArray())
        {
            if (Str(part, "type") == "text" && Str(part, "text") is { } piece)
            {
                text.Append(piece);
            }
            else if (Str(part, "type") == "image_url" && part.TryGetProperty("image_url", out var image))
            {
                images.Add(ParseImage(image));
            }
        }

        return new FakeChatMessage(role, text.ToString()) { Images = images };
    }

    /// <summary>image_url.url is a data: URL ("data:image/png;base64,…") or an address; a broken data: URL is refused
    /// as OpenAI refuses it.</summary>
    private static FakeChatImage ParseImage(JsonElement image)
    {
        var url = Str(image, "url") ?? throw new OpenAiRequestException("Missing required parameter: 'image_url.url'.", "image_url.url");
        var detail = Str(image, "detail");
        if (!url.StartsWith("data:", StringComparison.Ordinal))
        {
            return new FakeChatImage(null, [], url, detail);
        }

        var comma = url.IndexOf(',', StringComparison.Ordinal);
        var header = comma > 5 ? url[5..comma] : "";
        if (!header.EndsWith(";base64", StringComparison.Ordinal))
        {
            throw new OpenAiRequestException("Invalid image URL: expected a base64 data URL.", "image_url.url");
        }

        try
        {
            return new FakeChatImage(header[..^";base64".Length], Convert.FromBase64String(url[(comma + 1)..]), null, detail);
        }
        catch (FormatException)
        {
            throw new OpenAiRequestException("Invalid base64 image data.", "image_url.url");
        }
    }

    private static FakeResponseFormat? ParseResponseFormat(JsonElement body)
    {
        if (!body.TryGetProperty("response_format", out var format) || format.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var type = Str(format, "type") ?? "text";
        if (!format.TryGetProperty("json_schema", out var schema) || schema.ValueKind != JsonValueKind.Object)
        {
            return new FakeResponseFormat(type, null, null, null);
        }

        bool? strict = schema.TryGetProperty("strict", out var s) && s.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? s.GetBoolean() : null;
        JsonElement? definition = schema.TryGetProperty("schema", out var d) ? d : null;
        return new FakeResponseFormat(type, Str(schema, "name"), definition, strict);
    }

    private static string? Str(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString() : null;

    private static double? Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;
}
