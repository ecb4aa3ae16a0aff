using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Deliberations.Web.Features.Errors;

/// <summary>
/// The page the status-code and exception middlewares re-execute. It never shows the exception:
/// only a reference that matches the server's logs.
/// </summary>
[IgnoreAntiforgeryToken] // a failed POST is re-executed here as a POST, and must not fail again on its token
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; } = StatusCodes.Status500InternalServerError;

    public string RequestId { get; private set; } = "";

    public bool IsNotFound => Code == StatusCodes.Status404NotFound;

    public bool IsClientError => Code is >= 400 and < 500;

    public bool IsTooManyRequests => Code == StatusCodes.Status429TooManyRequests;

    /// <summary>The wait the rate limiter announced, in seconds, when it refused the request.</summary>
    public string? RetryAfter => IsTooManyRequests ? Response.Headers.RetryAfter.FirstOrDefault() : null;

    public string Title => IsNotFound ? "Page introuvable" : IsTooManyRequests ? "Trop de demandes" : IsClientError ? "Demande incorrecte" : "Erreur du serveur";

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        Code = code is >= 400 and < 600 ? code.Value : StatusCodes.Status500InternalServerError;
        RequestId = Activity.Current?.TraceId.ToString() ?? HttpContext.TraceIdentifier;

        // Visited directly rather than re-executed, the page must still not answer 200 for an error.
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null
            || HttpContext.Features.Get<IExceptionHandlerPathFeature>() is not null;
        if (!reExecuted)
        {
            Response.StatusCode = Code;
        }
    }
}
