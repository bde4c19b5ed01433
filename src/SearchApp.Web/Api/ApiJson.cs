using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SearchApp.Web.Api;

/// <summary>
/// JSON settings for the API: camelCase, and Arabic written as characters rather than \u escapes
/// (relaxed escaping is safe here because API responses are application/json, never inlined into HTML).
/// </summary>
public static class ApiJson
{
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        return options;
    }

    public static IResult Error(int status, string message) =>
        Results.Json(new { error = message }, Options, statusCode: status);
}
