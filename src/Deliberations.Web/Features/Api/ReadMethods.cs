namespace Deliberations.Web.Features.Api;

/// <summary>
/// Maps an open-data endpoint for HEAD as well as GET. Minimal APIs map GET alone, so link checkers,
/// feed readers and download tools asking HEAD for a resource's type and size got 405, where every
/// page (Razor Pages answer HEAD) got 200. The server sends no body to a HEAD request.
/// </summary>
public static class ReadMethods
{
    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    public static RouteHandlerBuilder MapGetAndHead(this IEndpointRouteBuilder endpoints, string pattern, Delegate handler) =>
        endpoints.MapMethods(pattern, GetAndHead, handler);
}
