namespace Deliberations.Core.Model;

/// <summary>
/// A person as printed in an extract. <see cref="Name"/> is the surname exactly as printed,
/// particles and compounds kept (<c>de Lavernée</c>, <c>Dubois Bertrand</c>).
/// </summary>
/// <param name="Civility">"M." or "Mme", or null when the document gives none.</param>
/// <param name="Role">The title printed with the person, e.g. <c>Vice-Présidente</c>.</param>
/// <param name="Line">1-based line of the source where the name stands.</param>
public sealed record Person(string? Civility, string Name, string? FirstName = null, string? Role = null, int Line = 0)
{
    public const string Mister = "M.";
    public const string Madam = "Mme";

    /// <summary>Listed as present but arrived after the opening (<c>à partir de la question n°14</c>).</summary>
    public bool ArrivedLate { get; init; }

    public string FullName => FirstName is null ? Name : $"{FirstName} {Name}";
}
