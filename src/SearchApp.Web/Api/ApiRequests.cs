using System.Text.Json;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;
using SearchApp.Core.Annotations;
using SearchApp.Web.Auth;
using SearchApp.Web.Services;

namespace SearchApp.Web.Api;

/// <summary>Shared pieces of the write API: base URL, JSON bodies with a size limit, antiforgery for cookie callers.</summary>
public static class ApiRequests
{
    public const int MaxBodyBytes = 1 << 20;

    /// <summary>The configured public URL, or the one this request came in on.</summary>
    public static WebAnnotationIris Iris(HttpContext context)
    {
        var configured = context.RequestServices.GetRequiredService<IOptions<SearchAppOptions>>().Value.PublicBaseUrl;
        var request = context.Request;
        return new WebAnnotationIris(string.IsNullOrWhiteSpace(configured) ? $"{request.Scheme}://{request.Host}{request.PathBase}" : configured);
    }

    /// <summary>Reads a JSON body (up to 1 MiB); a malformed body is a 400, not a 500.</summary>
    public static async Task<JsonElement> ReadJsonAsync(HttpRequest request)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            throw new AnnotationException(AnnotationError.Invalid, $"The request body is larger than {MaxBodyBytes / 1024} KiB.");
        }

        try
        {
            using var doc = await JsonDocument.ParseAsync(request.Body, new JsonDocumentOptions { MaxDepth = 32 });
            return doc.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            throw new AnnotationException(AnnotationError.Invalid, "The request body is not valid JSON: " + ex.Message.Split(". ")[0]);
        }
    }

    /// <summary>
    /// Browser sessions (cookie) must send the antiforgery token in the RequestVerificationToken header:
    /// the cookie alone would let another site write in the user's name. Bearer callers are exempt.
    /// </summary>
    public static IEndpointConventionBuilder RequireWriter(this IEndpointConventionBuilder endpoint) =>
        endpoint.RequireAuthorization(AuthConstants.WritePolicy).AddEndpointFilter(async (ctx, next) =>
        {
            var http = ctx.HttpContext;
            if (!http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            {
                try
                {
                    await http.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(http);
                }
                catch (AntiforgeryValidationException)
                {
                    return ApiJson.Error(StatusCodes.Status400BadRequest, "Missing or invalid antiforgery token (send it in the RequestVerificationToken header).");
                }
            }

            return await next(ctx);
        });

    public static IResult Failure(AnnotationException ex) => ApiJson.Error(
        ex.Kind switch
        {
            AnnotationError.NotFound => StatusCodes.Status404NotFound,
            AnnotationError.Forbidden => StatusCodes.Status403Forbidden,
            AnnotationError.Conflict => StatusCodes.Status409Conflict,
            AnnotationError.StaleVersion => StatusCodes.Status412PreconditionFailed,
            _ => StatusCodes.Status400BadRequest,
        },
        ex.Message);
}
