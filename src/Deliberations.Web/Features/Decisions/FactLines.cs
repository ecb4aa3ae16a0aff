namespace Deliberations.Web.Features.Decisions;

/// <summary>The lines of the source text the parser read each header fact from; 0 where it read none.</summary>
/// <param name="Sitting">The line that names the body and the sitting's date.</param>
/// <param name="Legality">The legality footer: transmission, reception, prefecture identifier.</param>
public sealed record FactLines(
    int Sitting,
    int Number,
    int Title,
    int Commission,
    int Communes,
    int Service,
    int Rapporteur,
    int President,
    int Secretary,
    int MembersInOffice,
    int Convocation,
    int Posted,
    int Report,
    int Legality);
