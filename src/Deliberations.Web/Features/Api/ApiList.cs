namespace Deliberations.Web.Features.Api;

/// <summary>Every list of the API: how many items match the filters in all, and the requested page of them.</summary>
public sealed record ApiList<T>(int Total, IReadOnlyList<T> Items);
