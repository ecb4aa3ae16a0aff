using System.Linq.Expressions;
using Deliberations.Web.Data.Entities;

namespace Deliberations.Web.Features.Shared;

/// <summary>A decision as lists show it (home, sittings, officials, projects, search).</summary>
public sealed record DecisionSummary(string Number, string Title, DateOnly? Date, string? Body)
{
    /// <summary>The projection every list uses, so each runs one query with only these columns.</summary>
    public static readonly Expression<Func<Decision, DecisionSummary>> FromEntity =
        d => new DecisionSummary(d.Number, d.Title, d.Sitting == null ? null : d.Sitting.Date, d.Sitting == null ? null : d.Sitting.Body);
}
