using Microsoft.AspNetCore.ResponseCompression;

namespace Deliberations.Web.Hosting;

/// <summary>
/// Compresses what the site writes as text (pages, JSON, problems, CSV, Atom, SVG) for a client that
/// accepts Brotli or gzip: a decision page or a CSV export shrinks several times over. The files of
/// wwwroot mostly go out precompressed (MapStaticAssets); what already has a Content-Encoding is left alone.
/// </summary>
public static class SiteCompression
{
    public static IServiceCollection AddSiteCompression(this IServiceCollection services) =>
        services.AddResponseCompression(options =>
        {
            // Compressing over TLS lets an attacker who can both inject text into a response and watch its
            // size guess a secret in the same response (BREACH). Here no response carries one: no login,
            // no cookie, no antiforgery token (every form is a GET form, and the form tag helper adds a
            // token to POST forms only). A page that ever gets a POST form must not be compressed.
            options.EnableForHttps = true;

            // The defaults cover HTML, JSON, CSS, JavaScript and XML; the middleware compares types without their charset.
            options.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "application/problem+json", "text/csv", "application/atom+xml", "image/svg+xml"];
        });
}
