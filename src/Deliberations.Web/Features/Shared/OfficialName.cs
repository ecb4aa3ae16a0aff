using System.Linq.Expressions;
using Deliberations.Web.Data.Entities;

namespace Deliberations.Web.Features.Shared;

/// <summary>An official as a link shows them: <c>Mme Émeline Baume</c>.</summary>
public sealed record OfficialName(string Slug, string? Civility, string? FirstName, string Surname)
{
    public static readonly Expression<Func<Official, OfficialName>> FromEntity =
        o => new OfficialName(o.Slug, o.Civility, o.FirstName, o.Surname);

    /// <summary>For readers: one unbreakable run (<c>M. Le Faou</c> included), so a line never ends on « M. » nor splits a name.</summary>
    public string Display => Join(FrenchFormat.NoBreakSpace);

    /// <summary>For data (API, exports): ordinary spaces, which programs compare and split on.</summary>
    public string Plain => Join(' ');

    private string Join(char space) =>
        string.Join(space, new[] { Civility, FirstName, Surname }.Where(s => !string.IsNullOrEmpty(s))).Replace(' ', space);
}
