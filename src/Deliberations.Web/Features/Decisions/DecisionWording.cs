using Deliberations.Core.Model;
using Deliberations.Web.Data.Entities;

namespace Deliberations.Web.Features.Decisions;

/// <summary>The French words the decision pages put around stored values.</summary>
public static class DecisionWording
{
    /// <summary><c>Le Conseil délibère :</c>; the parser folds the verb's accents, the page restores them.</summary>
    public static string OperativeLead(string? body, string? verb)
    {
        var subject = body switch
        {
            null => "L'assemblée",
            "Conseil" => "Le Conseil",
            _ when body.StartsWith("Commission", StringComparison.Ordinal) => "La " + body,
            _ when body.StartsWith("Bureau", StringComparison.Ordinal) => "Le " + body,
            _ => body,
        };
        var action = verb switch
        {
            "DELIBERE" => "délibère",
            "DECIDE" => "décide",
            "ARRETE" => "arrête",
            null => "décide",
            _ => verb.ToLower(Shared.FrenchFormat.Culture),
        };
        return $"{subject} {action} :";
    }

    public static string Severity(Severity severity) => severity switch
    {
        Core.Model.Severity.Error => "Erreur",
        Core.Model.Severity.Warning => "Avertissement",
        _ => "Note",
    };

    public static string Status(ParseStatus status) => status switch
    {
        ParseStatus.Parsed => "lu sans remarque",
        ParseStatus.ParsedWithWarnings => "lu, avec des points à vérifier",
        _ => "non identifié",
    };

    /// <summary><c>aucun pouvoir</c>, <c>1 pouvoir</c>, <c>29 pouvoirs</c>.</summary>
    public static string Count(int count, string singular, string plural) =>
        count == 0 ? "aucun " + singular
        : Shared.FrenchFormat.Number(count) + " " + (count == 1 ? singular : plural);

    /// <summary><c>2022</c>, <c>2022 et 2023</c>, <c>2022, 2023 et 2024</c>.</summary>
    public static string Years(IReadOnlyList<int> years) => years.Count switch
    {
        0 => "",
        1 => Year(years[0]),
        _ => string.Join(", ", years.Take(years.Count - 1).Select(Year)) + " et " + Year(years[^1]),
    };

    public static string Capitalised(string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], Shared.FrenchFormat.Culture) + text[1..];

    private static string Year(int year) => year.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
