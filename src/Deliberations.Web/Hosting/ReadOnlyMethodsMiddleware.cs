namespace Deliberations.Web.Hosting;

/// <summary>
/// Answers 405 to every method the site never serves (TRACE, PROPFIND, made-up verbs …). Razor Pages
/// render a page for a method that has no handler, and antiforgery does not check TRACE, so
/// <c>TRACE /</c> got the home page with a 200. The site is read-only: GET and HEAD read, OPTIONS is
/// the CORS preflight of the open data, POST is left to the pages and antiforgery, which refuse it.
/// </summary>
public sealed class ReadOnlyMethodsMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var method = context.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsPost(method))
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        context.Response.Headers.Allow = "GET, HEAD";
        return Task.CompletedTask;
    }
}
