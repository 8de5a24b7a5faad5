using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Gist.Testing.BotApi;

/// <summary>Reads a call's parameters from any of the four ways the Bot API accepts them
/// (https://core.telegram.org/bots/api#making-requests): URL query string, application/x-www-form-urlencoded,
/// application/json and multipart/form-data. Everything becomes one JSON object.</summary>
internal static class BotApiRequestReader
{
    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement.Clone();

    public static async Task<(JsonElement Body, IReadOnlyList<UploadedFile> Files)> ReadAsync(HttpRequest request,
        CancellationToken cancellationToken)
    {
        var contentType = request.ContentType ?? "";
        if (contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            using var document = await ParseJsonAsync(request, cancellationToken);
            var root = document?.RootElement.Clone() ?? EmptyObject;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw BotApiException.BadRequest("request body must be a JSON object");
            }

            return (request.QueryString.HasValue ? Merge(root, request.Query) : root, []);
        }

        var fields = new JsonObject();
        AddFields(fields, request.Query.Select(q => (q.Key, q.Value.ToString())));
        var files = new List<UploadedFile>();
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            AddFields(fields, form.Select(f => (f.Key, f.Value.ToString())));
            foreach (var file in form.Files)
            {
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer, cancellationToken);
                files.Add(new UploadedFile(file.Name, file.FileName, file.ContentType, buffer.ToArray()));
                fields[file.Name] ??= file.FileName;
            }
        }

        return (JsonSerializer.SerializeToElement(fields), files);
    }

    private static async Task<JsonDocument?> ParseJsonAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return request.ContentLength == 0 ? null : await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
        }
        catch (JsonException)
        {
            throw BotApiException.BadRequest("can't parse JSON encoded request body");
        }
    }

    private static JsonElement Merge(JsonElement body, IQueryCollection query)
    {
        var merged = JsonNode.Parse(body.GetRawText())!.AsObject();
        AddFields(merged, query.Select(q => (q.Key, q.Value.ToString())));
        return JsonSerializer.SerializeToElement(merged);
    }

    /// <summary>Form values are strings; objects and arrays (reply_markup, commands…) arrive JSON-encoded.</summary>
    private static void AddFields(JsonObject target, IEnumerable<(string Key, string Value)> fields)
    {
        foreach (var (key, value) in fields)
        {
            JsonNode? node = value;
            if (value.Length > 1 && value[0] is '{' or '[')
            {
                try
                {
                    node = JsonNode.Parse(value);
                }
                catch (JsonException)
                {
                    node = value;
                }
            }

            target[key] = node;
        }
    }
}
