using System.Net.Mail;

namespace Deliberations.Web.Features.Shared;

/// <summary>
/// The address of the "Signaler une erreur" link of a page, prefilled with the page: a <c>mailto:</c>
/// with a subject and a body that name it, or the configured form with the page as its <c>page</c> parameter.
/// </summary>
public static class ErrorReportLink
{
    /// <param name="address">The configured address; null or unusable gives no link.</param>
    /// <param name="pageUrl">The page's absolute address, built from the configured public address.</param>
    /// <param name="pageTitle">The page's title, for the e-mail's subject.</param>
    public static string? For(string? address, string pageUrl, string pageTitle)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            return null;
        }

        address = address.Trim();
        if (Uri.TryCreate(address, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            var separator = uri.Query.Length > 0 ? "&" : "?";
            return $"{uri.GetLeftPart(UriPartial.Query)}{separator}page={Uri.EscapeDataString(pageUrl)}";
        }

        var mailbox = address.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? address["mailto:".Length..] : address;
        if (!MailAddress.TryCreate(mailbox, out var mail) || mail.Address != mailbox)
        {
            return null;
        }

        // RFC 6068: every character outside the unreserved set escaped, line breaks as CRLF.
        var subject = Uri.EscapeDataString($"Erreur sur la page « {pageTitle} »");
        var body = Uri.EscapeDataString($"Page : {pageUrl}\r\n\r\nCe qui est erroné, et ce que dit le texte source :\r\n");
        return $"mailto:{mail.Address}?subject={subject}&body={body}";
    }
}
