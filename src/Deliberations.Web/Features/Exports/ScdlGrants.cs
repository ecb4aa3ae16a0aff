using System.Runtime.CompilerServices;
using Deliberations.Web.Data;
using Deliberations.Web.Features.Api;
using Deliberations.Web.Features.Projects;

namespace Deliberations.Web.Features.Exports;

/// <summary>
/// Grants as SCDL « Subventions » rows: one per organisation a decision gives money to, streamed from
/// the grants' read model (<see cref="GrantMention"/>). The mapping is documented in docs/open-data.md.
/// </summary>
public static class ScdlGrants
{
    /// <summary>The schema caps <c>objet</c> at 256 characters.</summary>
    public const int MaxPurposeLength = 256;

    /// <summary>The schema's value for money paid, as opposed to goods or services (« aide en nature »).</summary>
    public const string CashAid = "aide en numéraire";

    public static async IAsyncEnumerable<ScdlGrantRow> ReadAsync(DeliberationsDb db, CollectivityOptions collectivity, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var g in new FundingQuery(db).AllGrants().WithCancellation(cancellationToken))
        {
            yield return new ScdlGrantRow(
                collectivity.Name, collectivity.Siret,
                // The agreement is signed after the decision, on a date the register does not give.
                AgreementDate: null,
                g.Decision.Number,
                g.Recipient.Label,
                BeneficiarySiret: null,
                Purpose(g.Decision.Title),
                PlainNumber.Of(g.Amount),
                // A stated amount of euros is money paid; without an amount the text may grant anything.
                Nature: g.Amount is null ? null : CashAid,
                PaymentTerms: null, PaymentDates: null, RaeId: null, EuNotified: null,
                // Each row is what one organisation receives, so it is the whole of its grant.
                Share: g.Amount is null ? null : 1.00m);
        }
    }

    public static string Purpose(string title) =>
        title.Length <= MaxPurposeLength ? title : title[..(MaxPurposeLength - 1)].TrimEnd() + "…";
}
