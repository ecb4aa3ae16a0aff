namespace Deliberations.Web.Import;

/// <summary>A person as one extract prints them, reduced to what reconciliation compares.</summary>
public sealed record PrintedName(string? Civility, string Spelling)
{
    public string Key { get; } = Text.NameKey.Of(Spelling);
}
