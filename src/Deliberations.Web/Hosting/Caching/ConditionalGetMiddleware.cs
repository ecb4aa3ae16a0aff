using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Net.Http.Headers;

namespace Deliberations.Web.Hosting.Caching;

/// <summary>
/// Gives the pages and the open data an <c>ETag</c> (<see cref="DataEntityTags"/>) and answers
/// <c>304 Not Modified</c> to a GET or HEAD whose <c>If-None-Match</c> holds it, before the page cache,
/// the rate limiter and any query: a reader coming back to a page after no import costs nothing.
/// </summary>
/// <remarks>
/// <para>
/// Only a 200 is tagged, and never one that sets a cookie or forbids storing (the error pages,
/// antiforgery): an error must not be revalidated into a success, nor a per-client answer shared.
/// </para>
/// <para>
/// A 304 makes the browser reuse the body it holds with the headers of the 304, Content-Security-Policy
/// included. That is sound because no page holds anything per response: the policy is fixed ('self', no
/// nonce, no inline code), and there is no token or cookie. A per-request CSP nonce would break this,
/// the new header's nonce no longer matching the old body's: nonces and these tags do not mix.
/// </para>
/// <para>
/// No <c>Last-Modified</c>: the version is a counter, not a date, and a date to the second could not tell
/// two imports in the same second apart. <c>If-Modified-Since</c> alone is then answered in full, as
/// RFC 9110 allows; <c>If-None-Match: *</c> too, as whether the resource exists is only known by running it.
/// </para>
/// </remarks>
public sealed class ConditionalGetMiddleware(RequestDelegate next, DataEntityTags tags)
{
    /// <summary>Stored, but revalidated on every use: the content changes with each import, unannounced.</summary>
    private const string Revalidate = "no-cache";

    public Task InvokeAsync(HttpContext context)
    {
        if (!Applies(context))
        {
            return next(context);
        }

        var tag = tags.For(context.Request);
        if (context.Request.GetTypedHeaders().IfNoneMatch.Any(held => held.Compare(tag, useStrongComparison: false)))
        {
            var response = context.Response;
            response.StatusCode = StatusCodes.Status304NotModified;
            response.GetTypedHeaders().ETag = tag;
            response.Headers.CacheControl = Revalidate;

            // What the 200 would have said: its body is compressed according to Accept-Encoding.
            response.Headers.Vary = HeaderNames.AcceptEncoding;
            return Task.CompletedTask;
        }

        context.Response.OnStarting(static state =>
        {
            var (response, tag) = ((HttpResponse, EntityTagHeaderValue))state;
            var headers = response.Headers;
            var forbidsStoring = response.GetTypedHeaders().CacheControl is { NoStore: true };
            if (response.StatusCode == StatusCodes.Status200OK && headers.SetCookie.Count == 0 && !forbidsStoring && headers.ETag.Count == 0)
            {
                response.GetTypedHeaders().ETag = tag;
                if (headers.CacheControl.Count == 0)
                {
                    headers.CacheControl = Revalidate;
                }
            }

            return Task.CompletedTask;
        }, (context.Response, tag));
        return next(context);
    }

    /// <summary>A GET or HEAD of a marked endpoint, not an error page being re-executed for another request.</summary>
    private static bool Applies(HttpContext context) =>
        (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        && context.GetEndpoint()?.Metadata.GetMetadata<DataValidatedMetadata>() is not null
        && context.Features.Get<IStatusCodeReExecuteFeature>() is null
        && context.Features.Get<IExceptionHandlerFeature>() is null;
}
