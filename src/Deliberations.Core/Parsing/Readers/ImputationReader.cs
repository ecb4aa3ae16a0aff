using System.Globalization;
using System.Text.RegularExpressions;
using Deliberations.Core.Model;

namespace Deliberations.Core.Parsing.Readers;

/// <summary>
/// Reads where the money of a decision is booked, from articles such as
/// <c>La dépense de fonctionnement en résultant, soit 35 000 €, sera imputée sur les crédits inscrits
/// au budget principal - exercice 2018 - chapitre 65 - opération n° 0P02O4984.</c>
/// </summary>
public static partial class ImputationReader
{
    public static IReadOnlyList<Imputation> Read(OperativePart operative, DiagnosticBag diagnostics)
    {
        var imputations = new List<Imputation>();
        foreach (var article in operative.Articles)
        {
            var folded = French.Fold(article.Text);
            if (!folded.Contains("imput", StringComparison.Ordinal))
            {
                continue;
            }

            var soit = Soit().Match(article.Text);
            var amounts = French.FindEuroAmounts(article.Text).ToList();
            decimal? amount = soit.Success ? French.ParseAmount(soit.Groups["amount"].Value) : amounts.Count == 1 ? amounts[0].Amount : null;
            if (amount is null)
            {
                diagnostics.Warning("imputation-incomplete", article.Line, $"Article {article.Number} : imputation sans montant lisible.");
            }

            var direction = folded.Contains("recette", StringComparison.Ordinal) ? "recette" : folded.Contains("depense", StringComparison.Ordinal) ? "dépense" : null;
            var section = folded.Contains("investissement", StringComparison.Ordinal) ? "investissement" : folded.Contains("fonctionnement", StringComparison.Ordinal) ? "fonctionnement" : null;
            var budget = Budget().Match(article.Text);
            var chapter = Chapter().Match(article.Text);
            var operation = Operation().Match(article.Text);
            imputations.Add(new Imputation(
                amount,
                direction,
                section,
                budget.Success ? budget.Groups["budget"].Value.Trim().ToLowerInvariant() : null,
                Years(article.Text),
                chapter.Success ? chapter.Groups["c"].Value : null,
                operation.Success ? operation.Groups["op"].Value : null,
                article.Number,
                article.Line));
        }

        return imputations;
    }

    /// <summary><c>exercice 2018</c>, <c>exercices 2022 et 2023</c>, <c>exercices 2022 à 2024</c> (a range gives every year in it).</summary>
    private static List<int> Years(string text)
    {
        var years = new List<int>();
        var m = Exercises().Match(text);
        if (!m.Success)
        {
            return years;
        }

        var found = YearNumber().Matches(m.Groups["years"].Value).Select(y => int.Parse(y.Value, CultureInfo.InvariantCulture)).ToList();
        if (found.Count == 2 && Range().IsMatch(m.Groups["years"].Value) && found[1] > found[0] && found[1] - found[0] < 20)
        {
            return [.. Enumerable.Range(found[0], found[1] - found[0] + 1)];
        }

        return found;
    }

    [GeneratedRegex(@"\bsoit\s+(?<amount>\d[\d \u00A0\u202F.]*(?:,\d{1,2})?)\s*(?:€|euros?)", RegexOptions.IgnoreCase)]
    private static partial Regex Soit();

    [GeneratedRegex(@"\b(?<budget>budget\s+(?:principal|annexe(?:\s+(?:des|du|de la|de l')\s*[\p{L}' ]+?)?))(?=\s*[-–,.;]|\s+exercice|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Budget();

    [GeneratedRegex(@"\bexercices?\s+(?<years>\d{4}(?:\s*(?:,|et|à|a|-|–)\s*\d{4})*)", RegexOptions.IgnoreCase)]
    private static partial Regex Exercises();

    [GeneratedRegex(@"\d{4}")]
    private static partial Regex YearNumber();

    [GeneratedRegex(@"\d{4}\s*(?:à|a)\s*\d{4}")]
    private static partial Regex Range();

    [GeneratedRegex(@"\bchapitre\s+(?<c>[0-9A-Z]{1,6})\b", RegexOptions.IgnoreCase)]
    private static partial Regex Chapter();

    [GeneratedRegex(@"\bop[ée]ration\s+n\s*[°º]\s*(?<op>[0-9A-Z]{4,})", RegexOptions.IgnoreCase)]
    private static partial Regex Operation();
}
