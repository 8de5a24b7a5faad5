using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Gist.Testing.OpenAi;

/// <summary>POST /v1/embeddings (https://platform.openai.com/docs/api-reference/embeddings/create): input is a
/// string or an array of strings; encoding_format "float" (default) or "base64" (little-endian float32, which
/// the OpenAI .NET SDK asks for); "dimensions" sets the vector size (default 256).</summary>
internal static class EmbeddingsEndpoint
{
    public static async Task<IReadOnlyList<string>> HandleAsync(HttpContext http, string raw, string? deployment,
        CancellationToken cancellationToken)
    {
        using var document = JsonDocument.Parse(raw);
        var body = document.RootElement;
        var inputs = ReadInputs(body);
        var dimensions = body.TryGetProperty("dimensions", out var d) && d.ValueKind == JsonValueKind.Number ? d.GetInt32() : 256;
        var base64 = body.TryGetProperty("encoding_format", out var f) && f.GetString() == "base64";
        var data = new JsonArray();
        for (var i = 0; i < inputs.Count; i++)
        {
            var vector = HashedEmbedding.Embed(inputs[i], dimensions);
            JsonNode embedding = base64
                ? Convert.ToBase64String(MemoryMarshal.AsBytes(vector.AsSpan()))
                : new JsonArray(vector.Select(v => (JsonNode)v).ToArray());
            data.Add(new JsonObject { ["object"] = "embedding", ["index"] = i, ["embedding"] = embedding });
        }

        var tokens = inputs.Sum(TokenEstimator.Count);
        var response = new JsonObject
        {
            ["object"] = "list",
            ["data"] = data,
            ["model"] = body.TryGetProperty("model", out var m) ? m.GetString() : deployment,
            ["usage"] = new JsonObject { ["prompt_tokens"] = tokens, ["total_tokens"] = tokens },
        };
        await OpenAiResponses.WriteJsonAsync(http, 200, response, cancellationToken);
        return inputs;
    }

    private static List<string> ReadInputs(JsonElement body)
    {
        if (!body.TryGetProperty("input", out var input))
        {
            throw new OpenAiRequestException("Missing required parameter: 'input'.", "input", "missing_required_parameter");
        }

        return input.ValueKind switch
        {
            JsonValueKind.String => [input.GetString()!],
            JsonValueKind.Array when input.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String) =>
                input.EnumerateArray().Select(e => e.GetString()!).ToList(),
            _ => throw new OpenAiRequestException("'input' must be a string or an array of strings (token arrays are not supported by this fake).", "input"),
        };
    }
}
