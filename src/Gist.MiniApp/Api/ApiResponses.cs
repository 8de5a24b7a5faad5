using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Gist.MiniApp.Api;

/// <summary>How the API answers: camelCase JSON, never cached, and one bare 401 for every failed sign-in.</summary>
public static class ApiResponses
{
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    public static IResult Ok<T>(T value) => Results.Json(value, Json);

    /// <summary>The same answer for missing, malformed, forged and expired initData: nothing to learn from it.</summary>
    public static IResult Unauthorized() => Results.Json(new { error = "unauthorized" }, Json, statusCode: StatusCodes.Status401Unauthorized);

    public static IResult NotFound(string what) => Results.Json(new { error = what }, Json, statusCode: StatusCodes.Status404NotFound);

    /// <summary>A request the chat commands would also refuse, with the same sentence they would say.</summary>
    public static IResult Invalid(string message) => Results.Json(new { error = message }, Json, statusCode: StatusCodes.Status400BadRequest);
}
