namespace Deliberations.Web.Features.Decisions;

/// <summary>A decision's text as its partials need it: the number for links, and whether the page is that version's own.</summary>
public sealed record SourceContext(string Number, SourceView Source, bool IsVersionPage = false);
