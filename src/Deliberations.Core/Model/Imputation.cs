namespace Deliberations.Core.Model;

/// <summary>
/// Where the money of a decision is booked, from an article such as
/// <c>La dépense de fonctionnement en résultant, soit 35 000 €, sera imputée sur les crédits
/// inscrits au budget principal - exercice 2018 - chapitre 65 - opération n° 0P02O4984.</c>
/// </summary>
/// <param name="Direction">"dépense" or "recette".</param>
/// <param name="Section">"fonctionnement" or "investissement", when printed.</param>
public sealed record Imputation(
    decimal? Amount,
    string? Direction,
    string? Section,
    string? Budget,
    IReadOnlyList<int> Years,
    string? Chapter,
    string? Operation,
    string ArticleNumber,
    int Line);
