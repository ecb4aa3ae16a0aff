namespace Deliberations.Web.Hosting.Caching;

/// <summary>
/// Marks an endpoint whose answer to GET is decided by the store's content and the URL alone, so that
/// <see cref="ConditionalGetMiddleware"/> may tag it and answer 304 without running it. Opt-in: an
/// endpoint whose answer depends on anything else (a cookie, the time, a request header) must not carry it.
/// </summary>
public sealed class DataValidatedMetadata
{
    public static readonly DataValidatedMetadata Instance = new();

    private DataValidatedMetadata()
    {
    }
}

public static class DataValidatedEndpoints
{
    public static TBuilder ValidatedByDataVersion<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(DataValidatedMetadata.Instance);
}
