namespace Deliberations.Core.Model;

/// <summary>The legality footer: <c>Reçu au contrôle de légalité le …</c> or the prefecture acknowledgement.</summary>
/// <param name="PrefectureId">The acknowledgement identifier, e.g. <c>069-200046977-20211213-271458-DE-1-1</c>.</param>
public sealed record Legality(DateOnly? ReceivedDate, string? PrefectureId, DateOnly? TransmissionDate, int Line)
{
    public static readonly Legality Empty = new(null, null, null, 0);
}
