using System.Linq.Expressions;
using Deliberations.Web.Data.Entities;

namespace Deliberations.Web.Features.Shared;

/// <summary>An official as a link shows them: <c>Mme Émeline Baume</c>.</summary>
public sealed record OfficialName(string Slug, string? Civility, string? FirstName, string Surname)
{
    public static readonly Expression<Func<Official, OfficialName>> FromEntity =
        o => new OfficialName(o.Slug, o.Civility, o.FirstName, o.Surname);

    public string Display => string.Join(' ', new[] { Civility, FirstName, Surname }.Where(s => !string.IsNullOrEmpty(s)));
}
