using System.Reflection;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Http.Metadata;

namespace Deliberations.Web.Features.Feeds;

/// <summary>
/// An Atom 1.0 document (RFC 4287) written by the BCL's syndication formatter. The formatter writes
/// synchronously, which the server forbids on the response, so the feed (a few dozen entries) is
/// written to memory first. It goes through <see cref="ValidXmlWriter"/>: no stored text can make it invalid XML.
/// </summary>
public sealed class AtomResult(SyndicationFeed feed) : IResult, IEndpointMetadataProvider
{
    public const string ContentType = "application/atom+xml; charset=utf-8";

    public SyndicationFeed Feed => feed;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        using var buffer = new MemoryStream();
        using (var writer = new ValidXmlWriter(XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true })))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }

        httpContext.Response.ContentType = ContentType;
        httpContext.Response.ContentLength = buffer.Length;
        if (HttpMethods.IsHead(httpContext.Request.Method))
        {
            // Built all the same, so HEAD tells the length GET sends; only the bytes are left out.
            return;
        }

        await httpContext.Response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), httpContext.RequestAborted);
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(string), ["application/atom+xml"]));
}
