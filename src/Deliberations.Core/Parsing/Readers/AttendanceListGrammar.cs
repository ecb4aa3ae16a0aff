using System.Globalization;
using System.Text.RegularExpressions;
using Deliberations.Core.Model;
using Deliberations.Core.Parsing.Layouts;

namespace Deliberations.Core.Parsing.Readers;

/// <summary>
/// The grammar of one attendance list, after its label:
/// <code>
/// list     := collective? item (separator item)* "."?
/// item     := note? civility? name proxy? note?
/// civility := the layout's civilities ("M.", "MM.", "Mme", "Mmes", "Monsieur"…)
/// proxy    := the layout's proxy phrase ("(pouvoir à" civility? surname ")", "donne pouvoir à …", "par …")
/// </code>
/// A civility applies to every surname after it until the next civility: <c>MM. A, B, Mme C</c>
/// is M. A, M. B and Mme C. What a civility, a proxy, a name and a separator look like is the
/// layout's (<see cref="ListStyle"/>); the grammar is the same for all.
/// </summary>
public static partial class AttendanceListGrammar
{
    /// <summary>One item of a list with where it stands.</summary>
    public readonly record struct Item(Person Person, Person? Proxy);

    /// <summary>Reads a list in the Lyon extract's style.</summary>
    public static IReadOnlyList<Item> Parse(string list, int line, DiagnosticBag diagnostics) => Parse(list, line, diagnostics, LyonLayout.Lists);

    public static IReadOnlyList<Item> Parse(string list, int line, DiagnosticBag diagnostics, ListStyle style)
    {
        var items = new List<Item>();
        string? civility = null;
        var collective = style.Collective?.Match(list);
        if (collective is { Success: true })
        {
            // "MM et Mmes A, B": men and women mixed, no one's civility can be told.
            list = list[collective.Length..];
        }

        foreach (var printed in SplitItems(list, style.Separators))
        {
            var item = printed.Trim().TrimEnd('.', ';').Trim();
            var late = false;
            int? from = null, until = null;
            for (var note = style.Note?.Match(item); note is { Success: true }; note = style.Note!.Match(item))
            {
                late |= LateArrival().IsMatch(note.Value);
                if (ItemBound().Match(note.Value) is { Success: true } bound)
                {
                    var number = int.Parse(bound.Groups["number"].Value, CultureInfo.InvariantCulture);
                    if (bound.Groups["until"].Success)
                    {
                        until = number;
                    }
                    else
                    {
                        from = number;
                    }
                }

                item = (item[..note.Index] + " " + item[(note.Index + note.Length)..]).Trim();
            }

            if (item.Length == 0)
            {
                continue;
            }

            Person? proxy = null;
            var proxyMatch = style.Proxy.Match(item);
            if (proxyMatch.Success)
            {
                proxy = ReadProxy(proxyMatch.Groups["holder"].Value.Trim(), line, style);
                item = item[..proxyMatch.Index].Trim();
            }

            var people = style.CivilityStartsItem ? SplitAtCivilities(item, style) : [item];
            for (var k = 0; k < people.Count; k++)
            {
                var person = Read(people[k], printed, line, style, diagnostics, ref civility);
                if (person is not null)
                {
                    var holder = k == people.Count - 1 ? proxy : null;
                    items.Add(new Item(person with { Civility = collective is { Success: true } ? null : person.Civility, ArrivedLate = late, FromItem = from, UntilItem = until }, holder));
                }
            }
        }

        return items;
    }

    private static Person? Read(string item, string printed, int line, ListStyle style, DiagnosticBag diagnostics, ref string? civility)
    {
        var civilityMatch = style.Civility.Match(item);
        if (civilityMatch.Success)
        {
            civility = French.Civility(civilityMatch.Value);
            item = item[civilityMatch.Length..].Trim();
        }

        if (item.Length == 0 || style.Roles.Contains(French.Fold(item)))
        {
            // "M. HUET, Député-Maire", "…, adjoints,": a role printed after a name is not a member.
            return null;
        }

        if (!style.NameShape.IsMatch(item))
        {
            diagnostics.Warning("attendance-unplaced", line, $"Fragment de liste de présence non reconnu : « {printed.Trim()} ».");
            return null;
        }

        if (civility is null && style.Collective is null)
        {
            diagnostics.Warning("attendance-no-civility", line, $"« {item} » est listé sans civilité.");
        }

        if (!style.SplitFirstNames)
        {
            return new Person(civility, item, null, null, line);
        }

        var (first, surname) = NameSplitter.Split(item);
        return new Person(civility, surname, first, null, line);
    }

    private static Person? ReadProxy(string holder, int line, ListStyle style)
    {
        var m = style.Civility.Match(holder);
        var civility = m.Success ? French.Civility(m.Value) : null;
        var name = holder[m.Length..].Trim().TrimEnd('.', ')', ';', ',').Trim();
        if (name.Length == 0)
        {
            return null;
        }

        if (!style.SplitFirstNames)
        {
            return new Person(civility, name, null, null, line);
        }

        var (first, surname) = NameSplitter.Split(name);
        return new Person(civility, surname, first, null, line);
    }

    /// <summary>
    /// Splits an item where a civility starts another name (<c>BOURDIEC MME LABBE</c>, one name a line
    /// with no comma), but never right after a civility alone (<c>Madame M. PREVOSTO</c>: M. is an initial).
    /// </summary>
    private static List<string> SplitAtCivilities(string item, ListStyle style)
    {
        var parts = new List<string>();
        var start = 0;
        for (var m = InnerCivility().Match(item); m.Success; m = m.NextMatch())
        {
            var before = item[start..m.Index].Trim();
            var withoutCivility = before[style.Civility.Match(before).Length..].Trim();
            if (withoutCivility.Length > 0 && !Initial().IsMatch(withoutCivility))
            {
                parts.Add(before);
                start = m.Index;
            }
        }

        parts.Add(item[start..].Trim());
        return parts;
    }

    /// <summary>Splits on commas, semicolons, the conjunction " et " (or " ET ") and the layout's separators outside parentheses: a proxy's holder never splits.</summary>
    private static List<string> SplitItems(string list, IReadOnlyList<string> separators)
    {
        var items = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < list.Length; i++)
        {
            switch (list[i])
            {
                case '(':
                    depth++;
                    break;
                case ')':
                    depth = Math.Max(0, depth - 1);
                    break;
                case ',' or ';' when depth == 0:
                    items.Add(list[start..i]);
                    start = i + 1;
                    break;
                case ' ' when depth == 0 && Separator(list.AsSpan(i), separators) is var length and > 0:
                    items.Add(list[start..i]);
                    start = i + length;
                    i += length - 1;
                    break;
            }
        }

        items.Add(list[start..]);
        return items;
    }

    private static int Separator(ReadOnlySpan<char> rest, IReadOnlyList<string> separators)
    {
        if (rest.StartsWith(" et ", StringComparison.Ordinal) || rest.StartsWith(" ET ", StringComparison.Ordinal))
        {
            return 4;
        }

        foreach (var separator in separators)
        {
            if (rest.StartsWith(separator, StringComparison.Ordinal))
            {
                return separator.Length;
            }
        }

        return 0;
    }

    [GeneratedRegex(@"partir|arriv", RegexOptions.IgnoreCase)]
    private static partial Regex LateArrival();

    /// <summary>
    /// The item a note bounds the line by: <c>à partir de la question n°14</c>, <c>arrivée au point 5</c> (from),
    /// <c>jusqu'à la question n°13</c> (until). Only a numbered item: <c>arrivée à 19 h 30</c> bounds nothing.
    /// </summary>
    [GeneratedRegex(@"(?:(?<until>jusqu)|partir|arriv)[^)]*?(?:question|point|affaire|dossier|d[ée]lib[ée]ration)s?\s*(?:n\s*[°o]\s*)?(?<number>\d{1,3})(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex ItemBound();

    [GeneratedRegex(@"(?<=\s)(?:M\.|MM\.?|MMES|MME|Mmes|Mme|Monsieur|Madame|Messieurs|Mesdames)(?=\s)")]
    private static partial Regex InnerCivility();

    [GeneratedRegex(@"^(?:\p{Lu}\p{Ll}?\.\s*)+$")]
    private static partial Regex Initial();
}
