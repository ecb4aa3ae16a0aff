namespace Deliberations.Web.Features.Shared;

/// <summary>
/// The <c>Deliberations:Corrections:Address</c> setting: where a reader reports a misread fact, an
/// e-mail address (<c>greffe@example.org</c>) or a form's http(s) address. Unset or unusable, pages
/// show no "Signaler une erreur" link rather than one that leads nowhere.
/// </summary>
public sealed class CorrectionsOptions
{
    public const string Section = "Deliberations:Corrections";

    public string? Address { get; set; }
}
