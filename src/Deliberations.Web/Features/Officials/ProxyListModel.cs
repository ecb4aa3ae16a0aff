namespace Deliberations.Web.Features.Officials;

/// <summary>What <c>_ProxyList</c> shows: proxies given ("à") or held ("de").</summary>
public sealed record ProxyListModel(string Heading, string Preposition, IReadOnlyList<ProxyCount> Proxies);
