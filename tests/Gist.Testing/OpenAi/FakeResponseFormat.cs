using System.Text.Json;

namespace Gist.Testing.OpenAi;

/// <summary>The request's response_format: type "text", "json_object" or "json_schema" (with the schema's name,
/// the JSON schema itself and its "strict" flag) — https://platform.openai.com/docs/api-reference/chat/create.</summary>
public sealed record FakeResponseFormat(string Type, string? SchemaName, JsonElement? Schema, bool? Strict);
