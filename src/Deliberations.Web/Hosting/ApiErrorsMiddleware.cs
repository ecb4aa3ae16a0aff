using Deliberations.Web.Features.Api;
using Microsoft.AspNetCore.Diagnostics;

namespace Deliberations.Web.Hosting;

/// <summary>
/// Makes every error under <c>/api</c> a problem document (RFC 9457), never the site's HTML error page:
/// a program asked, a program must be able to read the answer. Errors the endpoints describe themselves
/// pass through; those the framework raises with an empty body (an unknown path, a value that does not
/// bind, a method other than GET) get a French title and detail.
/// </summary>
public sealed class ApiErrorsMiddleware(RequestDelegate next, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments(ApiRoutes.Prefix, StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        if (context.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages)
        {
            statusCodePages.Enabled = false;
        }

        await next(context);

        var response = context.Response;
        if (response.StatusCode >= 400 && !response.HasStarted && response.ContentLength is null && string.IsNullOrEmpty(response.ContentType))
        {
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = response.StatusCode,
                    Title = ApiProblems.TitleFor(response.StatusCode),
                    Detail = ApiProblems.DetailFor(response.StatusCode),
                },
            });
        }
    }
}
