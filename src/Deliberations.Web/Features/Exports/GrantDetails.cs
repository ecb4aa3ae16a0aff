using System.Runtime.CompilerServices;
using Deliberations.Web.Data;
using Deliberations.Web.Features.Api;
using Deliberations.Web.Features.Decisions;
using Deliberations.Web.Features.Projects;
using Deliberations.Web.Features.Shared;

namespace Deliberations.Web.Features.Exports;

/// <summary>Every grant as a <see cref="GrantDetailRow"/>, streamed from the grants' read model as subventions.csv is.</summary>
public static class GrantDetails
{
    public static async IAsyncEnumerable<GrantDetailRow> ReadAsync(DeliberationsDb db, string siteUrl, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var g in new FundingQuery(db).AllGrants().WithCancellation(cancellationToken))
        {
            var decision = siteUrl + Routes.Decision(g.Decision.Number);
            yield return new GrantDetailRow(
                g.Decision.Number, g.Decision.Date, g.Decision.Body, g.Decision.Title,
                g.Recipient.Name, g.Recipient.Acronym, g.Nature,
                GrantDetailRow.PaidOut, GrantDetailRow.KindName(g.Kind), PlainNumber.Of(g.Amount),
                decision,
                siteUrl + Routes.DecisionSource(g.Decision.Number),
                decision + "#" + SourceView.LineId(g.Line),
                siteUrl + Routes.Organisation(g.Recipient.Slug));
        }
    }
}
