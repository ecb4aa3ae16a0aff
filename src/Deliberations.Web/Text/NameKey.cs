using System.Text;
using Deliberations.Core.Parsing;

namespace Deliberations.Web.Text;

/// <summary>
/// The form names and titles are compared in: lower case, accents removed, hyphens, apostrophes and
/// spaces folded into one space. <c>Asti-Lapperrière</c> and <c>asti lapperriere</c> are one key.
/// Accents and case go the parser's way (<see cref="French.Fold"/>), so both sides of the project agree.
/// </summary>
public static class NameKey
{
    public static string Of(string name)
    {
        var folded = French.Fold(name);
        var sb = new StringBuilder(folded.Length);
        var space = false;
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                sb.Append(c);
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
