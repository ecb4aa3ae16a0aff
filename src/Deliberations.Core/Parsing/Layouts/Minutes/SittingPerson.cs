using System.Text.RegularExpressions;
using Deliberations.Core.Model;
using Deliberations.Core.Parsing.Readers;

namespace Deliberations.Core.Parsing.Layouts.Minutes;

/// <summary>A person named in the minutes' prose or labels: <c>Monsieur Guénhaël HUET</c>, <c>Mme FLACELIERE Françoise</c>, <c>Marc Baïetto</c>.</summary>
public static partial class SittingPerson
{
    public static Person? Read(string text, int line)
    {
        var t = text.Trim().TrimEnd('.', ',', ';', ':').Trim();
        var civility = Civility().Match(t);
        var rest = t[civility.Length..].Trim();
        if (rest.Count(char.IsLetter) < 2)
        {
            return null;
        }

        var (first, surname) = NameSplitter.Split(rest);
        return new Person(civility.Success ? French.Civility(civility.Groups["civ"].Value) : null, surname, first, null, line);
    }

    [GeneratedRegex(@"^(?<civ>[Mm]onsieur|[Mm]adame|Mademoiselle|M\.|Mme\.?|Mlle\.?|MME)(?=\s)")]
    private static partial Regex Civility();
}
