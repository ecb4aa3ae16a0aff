namespace Deliberations.Web.Features.Officials;

/// <summary>What <c>_ProxyLines</c> shows: each vote given or held, the decision and the colleague at the other end.</summary>
/// <param name="ColleagueHeading">The heading of the colleague's column: who carried the vote, or whose vote it was.</param>
public sealed record ProxyLinesModel(string Caption, string ColleagueHeading, IReadOnlyList<ProxyLine> Lines);
