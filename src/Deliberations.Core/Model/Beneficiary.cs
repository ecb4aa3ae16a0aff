namespace Deliberations.Core.Model;

/// <summary>
/// An organisation that receives money from the decision, where the text names it:
/// <c>une subvention … au profit de l'association Réseau des territoires innovants</c>.
/// </summary>
/// <param name="Name">As printed, without the article or the nature that introduces it (<c>l'association</c>).</param>
/// <param name="Acronym">The capitals printed in parentheses after the name: <c>FING</c>.</param>
/// <param name="Amount">What it receives: the amount the text gives it, or the single expense of the decision.</param>
/// <param name="Nature">What the text says it is: <c>association</c>, <c>société</c>, <c>fondation</c>, <c>commune</c>…</param>
/// <param name="Line">1-based line where it is first named.</param>
public sealed record Beneficiary(string Name, string? Acronym, decimal? Amount, string? Nature, int Line);
