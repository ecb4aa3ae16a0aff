namespace Deliberations.Web.Features.Exports;

/// <summary>
/// The <c>Deliberations:PublicUrl</c> setting: the address readers reach the site at, which the CSV
/// exports and the Atom feeds need for their absolute links. Configuration rather than the request's
/// Host header, which the client writes: behind a cache or a proxy that passes it on, a forged Host
/// would plant another site's links in files everyone downloads.
/// </summary>
public sealed class PublicUrlOptions
{
    public const string Section = "Deliberations";

    /// <summary>Where links point when the setting is missing or unusable: the address <c>dotnet run</c> serves.</summary>
    public const string Fallback = "http://localhost:5000";

    /// <summary>An absolute http or https URL, with a path when the site is served below one (<c>https://example.org/deliberations</c>).</summary>
    public string? PublicUrl { get; set; }

    /// <summary>The setting without its trailing slash; null when it is missing, not http(s), or carries credentials, a query or a fragment.</summary>
    public string? Configured =>
        Uri.TryCreate(PublicUrl, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.UserInfo.Length == 0 && uri.Query.Length == 0 && uri.Fragment.Length == 0
            ? uri.AbsoluteUri.TrimEnd('/')
            : null;

    /// <summary>What every absolute link of the exports and feeds starts with.</summary>
    public string SiteUrl => Configured ?? Fallback;
}
