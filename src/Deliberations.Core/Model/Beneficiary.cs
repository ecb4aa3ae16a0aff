namespace Deliberations.Core.Model;

/// <summary>What the text calls the money an organisation receives.</summary>
public enum BeneficiaryKind
{
    /// <summary>A <c>subvention</c> (or an <c>aide</c>): money given to support the organisation's own work.</summary>
    Grant,

    /// <summary>
    /// A <c>participation</c>, <c>contribution</c> or <c>cotisation</c>, or the Métropole's share of a
    /// partnership convention: money paid towards a shared project or a membership, not a grant.
    /// </summary>
    Participation,

    /// <summary>Money paid (<c>au profit de</c>, <c>versée à</c>) that the text does not call either.</summary>
    OtherExpense,
}

/// <summary>
/// An organisation that receives money from the decision, where the text names it:
/// <c>une subvention … au profit de l'association Réseau des territoires innovants</c>.
/// The Métropole pays it: a decision that only books revenue names no beneficiary.
/// </summary>
/// <param name="Name">As printed, without the article or the nature that introduces it (<c>l'association</c>).</param>
/// <param name="Acronym">The capitals printed in parentheses after the name: <c>FING</c>.</param>
/// <param name="Amount">What it receives: the amount the text gives it, or the single expense of the decision.</param>
/// <param name="Nature">What the text says it is: <c>association</c>, <c>société</c>, <c>fondation</c>, <c>commune</c>…</param>
/// <param name="Line">1-based line where it is first named.</param>
/// <param name="Kind">What the text calls the money it receives.</param>
public sealed record Beneficiary(string Name, string? Acronym, decimal? Amount, string? Nature, int Line, BeneficiaryKind Kind);
