using System.Globalization;
using System.Text;

namespace Deliberations.Web.Text;

/// <summary>
/// The form names and titles are compared in: lower case, accents removed, hyphens, apostrophes and
/// spaces folded into one space. <c>Asti-Lapperrière</c> and <c>asti lapperriere</c> are one key.
/// </summary>
public static class NameKey
{
    public static string Of(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                sb.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return sb.ToString();
    }
}
