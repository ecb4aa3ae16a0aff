namespace Deliberations.Web.Text;

/// <summary>URL parts from names: <c>GrandLyon Connect Pro</c> → <c>grandlyon-connect-pro</c>.</summary>
public static class Slug
{
    public const int MaxLength = 80;

    public static string From(string text)
    {
        var slug = NameKey.Of(text).Replace(' ', '-');
        if (slug.Length > MaxLength)
        {
            slug = slug[..MaxLength].TrimEnd('-');
        }

        return slug.Length == 0 ? "sans-nom" : slug;
    }
}
