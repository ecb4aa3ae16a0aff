using Deliberations.Core.Model;

namespace Deliberations.Web.Features.Projects;

/// <summary>What a grant is, in the words pages use; the API and exports use the enumeration's own names.</summary>
public static class GrantWording
{
    public static string Kind(BeneficiaryKind? kind) => kind switch
    {
        BeneficiaryKind.Grant => "subvention",
        BeneficiaryKind.Participation => "participation",
        BeneficiaryKind.OtherExpense => "autre dépense",
        _ => "non précisé",
    };
}
