namespace Deliberations.Web.Features.Decisions;

/// <summary>
/// Where a fact of the page was read: the clerk follows it to the numbered line of the source text below.
/// </summary>
/// <param name="Line">1-based line the parser stored with the fact; 0 when it stored none, and then no link is shown.</param>
/// <param name="Fact">What the fact is, for the link's accessible name: <c>Numéro</c>, <c>article 2°</c>.</param>
public sealed record SourceLink(int Line, string Fact);
