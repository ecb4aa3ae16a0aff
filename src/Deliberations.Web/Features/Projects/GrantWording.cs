using Deliberations.Core.Model;

namespace Deliberations.Web.Features.Projects;

/// <summary>What a grant is, in the words pages use; the API and exports use the enumeration's own names.</summary>
public static class GrantWording
{
    /// <summary>What the API says of a grant's <c>kind</c>.</summary>
    public const string KindDescription =
        "Ce que le texte appelle cette somme : `grant` (subvention), `participation` (participation, contribution, cotisation, part d'une convention de partenariat), `otherExpense` (autre dépense) ; null quand l'analyse ne peut le dire. Toujours versée par la collectivité.";

    public static string Kind(BeneficiaryKind? kind) => kind switch
    {
        BeneficiaryKind.Grant => "subvention",
        BeneficiaryKind.Participation => "participation",
        BeneficiaryKind.OtherExpense => "autre dépense",
        _ => "non précisé",
    };
}
