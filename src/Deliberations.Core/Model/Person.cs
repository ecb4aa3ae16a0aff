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

    /// <summary>The first item of the sitting this line holds for, where the minutes say (<c>à partir de la question n°14</c>): 14.</summary>
    public int? FromItem { get; init; }

    /// <summary>The last item of the sitting this line holds for, where the minutes say (<c>pouvoir … jusqu'à la question n°13</c>): 13.</summary>
    public int? UntilItem { get; init; }

    /// <summary>Whether this line holds for item <paramref name="item"/> of the sitting (numbered as the minutes number their items).</summary>
    public bool HoldsFor(int item) => (FromItem is not { } from || item >= from) && (UntilItem is not { } until || item <= until);

    public string FullName => FirstName is null ? Name : $"{FirstName} {Name}";
}
