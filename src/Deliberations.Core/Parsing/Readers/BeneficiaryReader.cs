using System.Globalization;
using System.Text.RegularExpressions;
using Deliberations.Core.Model;

namespace Deliberations.Core.Parsing.Readers;

/// <summary>
/// Reads the organisations that receive money from the decision, where its title and articles name
/// them: <c>au profit de l'association …</c>, <c>versée à la …, d'un montant de …</c>,
/// <c>subvention … à l'association …</c>, and the partner of a convention <c>entre la Métropole et …</c>
/// when the decision books an expense (a partner of a decision that books only revenue pays, it is not paid).
/// Mentions of one organisation, by name or by acronym, make one beneficiary.
/// The amount is the one printed beside the name; failing that, the single expense of a decision that
/// names a single beneficiary (with several, splitting the expense would be a guess).
/// What the money is (<see cref="BeneficiaryKind"/>) is the word that introduces the mention: the
/// trigger's own (<c>subvention … à</c>), else the nearest money word before it in its passage
/// (<c>une participation … versée à</c>); a convention's partner without one is paid a participation.
/// Diagnostics: <c>beneficiary-unclear</c> (info) when an organisation is announced but its name cannot
/// be read; <c>beneficiary-amount-conflict</c> (info) when two mentions give it different amounts.
/// </summary>
public static partial class BeneficiaryReader
{
    /// <summary>A longer "name" ran past its end: a clause the terminators did not catch.</summary>
    private const int MaxNameLength = 80;

    private const int MaxNameWords = 12;

    /// <summary>Enough for any name and its terminator; bounds the work on a long article.</summary>
    private const int MaxTail = 300;

    private const string Expense = "dépense";

    private static readonly CultureInfo FrenchCulture = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>What the text says the organisation is, printed in lower case before its name (case matters:
    /// <c>la Fondation internet nouvelle génération</c> is a name, <c>la fondation Abbé Pierre</c> a nature and a name).</summary>
    private static readonly (string Prefix, string Nature)[] Natures =
    [
        ("association ", "association"),
        ("société ", "société"),
        ("fondation ", "fondation"),
        ("fédération ", "fédération"),
        ("coopérative ", "coopérative"),
        ("entreprise ", "entreprise"),
        ("commune de ", "commune"),
        ("commune d'", "commune"),
        ("commune d’", "commune"),
    ];

    /// <summary>
    /// What introduces an organisation paid, in the order they are looked for, each with whether it is a
    /// convention's party and the kind of money its own words say (null: the words before it say).
    /// </summary>
    private static readonly (Regex Trigger, bool IsConvention, BeneficiaryKind? Kind)[] Triggers =
        [(AuProfitDe(), false, null), (VerseeA(), false, null), (SubventionA(), false, BeneficiaryKind.Grant), (ConventionWith(), true, null)];

    public static IReadOnlyList<Beneficiary> Read(Header header, OperativePart operative, IReadOnlyList<Imputation> imputations, DiagnosticBag diagnostics)
    {
        var spends = imputations.Any(i => i.Direction == Expense);
        if (imputations.Count > 0 && !spends)
        {
            // The decision only books revenue: the Métropole is the one paid.
            return [];
        }

        var beneficiaries = new List<Beneficiary>();
        foreach (var passage in DecisionText.Passages(header, operative))
        {
            var hits = Hits(passage, spends, diagnostics);
            var amounts = Amounts(passage.Text);
            var named = hits.Select(h => French.Key(h.Found.Acronym ?? h.Found.Name)).Distinct(StringComparer.Ordinal).Count();
            foreach (var (found, index) in hits)
            {
                Merge(beneficiaries, found with { Amount = AmountFor(index, amounts, named) }, diagnostics);
            }
        }

        if (beneficiaries is [{ Amount: null } single]
            && imputations.Where(i => i.Direction == Expense).ToList() is [{ Amount: { } expense }])
        {
            beneficiaries[0] = single with { Amount = expense };
        }

        return beneficiaries;
    }

    /// <summary>Every organisation the passage names as paid, with where its mention starts.</summary>
    private static List<(Beneficiary Found, int Index)> Hits(Passage passage, bool spends, DiagnosticBag diagnostics)
    {
        var hits = new List<(Beneficiary, int)>();
        var text = passage.Text;
        foreach (var (trigger, isConvention, triggerKind) in Triggers)
        {
            if (isConvention && !spends)
            {
                continue;
            }

            for (var m = trigger.Match(text); m.Success; m = m.NextMatch())
            {
                if (isConvention && !ConventionWord().IsMatch(French.Fold(text[..m.Index])))
                {
                    continue;
                }

                var start = m.Index + m.Length;
                if (hits.Any(h => h.Item2 == start))
                {
                    continue;
                }

                var kind = triggerKind
                    ?? KindBefore(text, m.Index)
                    ?? (passage.Lead is { } lead ? KindBefore(lead, lead.Length) : null)
                    ?? (isConvention ? BeneficiaryKind.Participation : BeneficiaryKind.OtherExpense);
                if (ReadName(text.Substring(start, Math.Min(MaxTail, text.Length - start)), passage.Line, kind, diagnostics) is { } found)
                {
                    hits.Add((found, start));
                }
            }
        }

        hits.Sort((a, b) => a.Item2.CompareTo(b.Item2));
        return hits;
    }

    /// <summary>Reads the nature, name and acronym at the start of <paramref name="tail"/>; null when no organisation's name stands there.</summary>
    private static Beneficiary? ReadName(string tail, int line, BeneficiaryKind kind, DiagnosticBag diagnostics)
    {
        string? nature = null;
        foreach (var (prefix, value) in Natures)
        {
            if (tail.StartsWith(prefix, StringComparison.Ordinal))
            {
                nature = value;
                tail = tail[prefix.Length..];
                break;
            }
        }

        var m = Name().Match(tail);
        var name = m.Success ? m.Groups["name"].Value.Trim() : string.Empty;
        var readable = name.Length is > 1 and <= MaxNameLength
            && name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxNameWords
            && (char.IsUpper(name[0]) || char.IsDigit(name[0]));
        if (!readable)
        {
            // Without a nature word this was no mention of an organisation (à l'occasion de, au profit des usagers).
            if (nature is not null || (name.Length > 0 && char.IsUpper(name[0])))
            {
                diagnostics.Info("beneficiary-unclear", line, $"Bénéficiaire annoncé mais nom illisible (« {Shorten(tail)} ») : non retenu.");
            }

            return null;
        }

        if (French.Fold(name).StartsWith("metropole", StringComparison.Ordinal))
        {
            // The Métropole does not pay itself: this is a revenue, or a convention read the wrong way round.
            return null;
        }

        var paren = m.Groups["paren"];
        var acronym = paren.Success && Acronym().IsMatch(paren.Value.Trim()) ? paren.Value.Trim() : null;
        return new Beneficiary(name, acronym, null, nature, line, kind);
    }

    /// <summary>
    /// The kind the money word nearest before <paramref name="index"/> in the passage names; null without one.
    /// The whole passage, not a window, and then its article's lead: a list of beneficiaries runs long
    /// after its <c>Attribue des subventions …</c>, each in a sub-point of its own.
    /// </summary>
    private static BeneficiaryKind? KindBefore(string text, int index)
    {
        var words = MoneyWord().Matches(text[..index]);
        return words.Count == 0 ? null : words[^1].Groups["grant"].Success ? BeneficiaryKind.Grant : BeneficiaryKind.Participation;
    }

    /// <summary>Amounts printed as what an organisation receives: <c>d'un montant de 26 500 €</c>, <c>12 500 € au profit de</c>.</summary>
    private static List<(decimal Amount, int Index)> Amounts(string text)
    {
        var amounts = new List<(decimal, int)>();
        for (var m = AmountGiven().Match(text); m.Success; m = m.NextMatch())
        {
            if (French.ParseAmount(m.Groups["amount"].Value) is { } amount)
            {
                amounts.Add((amount, m.Index));
            }
        }

        return amounts;
    }

    /// <summary>
    /// One amount for one organisation is its amount; with several amounts, each organisation takes the
    /// one printed closest to it. One amount for several organisations belongs to none of them alone.
    /// </summary>
    private static decimal? AmountFor(int index, List<(decimal Amount, int Index)> amounts, int named) => amounts.Count switch
    {
        0 => null,
        1 => named == 1 ? amounts[0].Amount : null,
        _ => amounts.MinBy(a => Math.Abs(a.Index - index)).Amount,
    };

    private static void Merge(List<Beneficiary> beneficiaries, Beneficiary found, DiagnosticBag diagnostics)
    {
        var index = beneficiaries.FindIndex(b => Same(b, found));
        if (index < 0)
        {
            beneficiaries.Add(found);
            return;
        }

        var known = beneficiaries[index];
        if (known.Amount is { } a && found.Amount is { } b && a != b)
        {
            diagnostics.Info("beneficiary-amount-conflict", found.Line, $"{known.Name} : {b.ToString("N0", FrenchCulture)} € ici, {a.ToString("N0", FrenchCulture)} € plus haut ; le premier montant est retenu.");
        }

        // "l'association FING" after "la Fondation internet nouvelle génération (FING)": the full name stays.
        var name = known.Acronym is null && found.Acronym is not null && French.Key(known.Name) == French.Key(found.Acronym) ? found.Name : known.Name;
        beneficiaries[index] = known with
        {
            Name = name,
            Acronym = known.Acronym ?? found.Acronym,
            Amount = known.Amount ?? found.Amount,
            Nature = known.Nature ?? found.Nature,
            // A later mention may say what an unqualified one did not: "versée à X" after "subvention … au profit de X".
            Kind = known.Kind == BeneficiaryKind.OtherExpense ? found.Kind : known.Kind,
        };
    }

    private static bool Same(Beneficiary a, Beneficiary b)
    {
        var nameA = French.Key(a.Name);
        var nameB = French.Key(b.Name);
        var acronymA = a.Acronym is null ? null : French.Key(a.Acronym);
        var acronymB = b.Acronym is null ? null : French.Key(b.Acronym);
        return nameA == nameB || (acronymA is not null && (acronymA == nameB || acronymA == acronymB)) || (acronymB is not null && acronymB == nameA);
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";

    private const string AmountPattern = @"\d{1,3}(?:[ \u00A0\u202F\u2009.]\d{3})+(?:,\d{1,2})?|\d+(?:,\d{1,2})?";

    [GeneratedRegex(@"\bau\s+profit\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|de\s+)", RegexOptions.IgnoreCase)]
    private static partial Regex AuProfitDe();

    [GeneratedRegex(@"\bvers[ée]e?s?\s+(?:à\s+la\s+|à\s+l['’]\s*|au\s+)", RegexOptions.IgnoreCase)]
    private static partial Regex VerseeA();

    /// <summary><c>subvention (de fonctionnement) (d'un montant de 26 500 €) à l'…</c>; <c>au profit</c> is read by <see cref="AuProfitDe"/>.</summary>
    [GeneratedRegex(@"\bsubventions?(?:\s+(?:de\s+fonctionnement|d['’]\s*investissement|d['’]\s*[ée]quipement|exceptionnelles?))?(?:\s+(?:(?:d['’]un|pour\s+un)\s+montant(?:\s+\p{L}+)?\s+)?de\s+(?:" + AmountPattern + @")\s*(?:€|euros?))?\s+(?:à\s+la\s+|à\s+l['’]\s*|au\s+(?!profit\b))", RegexOptions.IgnoreCase)]
    private static partial Regex SubventionA();

    [GeneratedRegex(@"\bentre\s+la\s+M[ée]tropole(?:\s+de\s+Lyon)?\s+et\s+(?:la\s+|le\s+|l['’]\s*)", RegexOptions.IgnoreCase)]
    private static partial Regex ConventionWith();

    [GeneratedRegex(@"\b(?:(?<grant>subventions?|aides?)|participations?|contributions?|cotisations?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MoneyWord();

    [GeneratedRegex(@"\b(?:convention|partenariat|contrat|avenant|accord)")]
    private static partial Regex ConventionWord();

    /// <summary>A name runs up to the clause that follows it, a punctuation mark, its acronym in parentheses, or a title's dash.</summary>
    [GeneratedRegex(@"^(?:[""«“]\s*(?<name>[^""»”]{1,80}?)\s*[""»”]|(?<name>.+?))(?=\s*\((?<paren>[^()]{1,40})\)|\s+(?:dans\s+le\s+cadre|pour|définissant|qui|afin|fixant|relati\p{L}*|portant|concernant|au\s+titre|en\s+vue|en\s+faveur|à\s+hauteur|à\s+titre|d['’]un\s+montant|pour\s+un\s+montant|et\s+(?:de|du|des|à|au|aux|la|le|les|l['’]))\b|\s*[,;:]|\.(?:\s|$)|\s+[-–—]\s|$)")]
    private static partial Regex Name();

    [GeneratedRegex(@"^\p{Lu}[\p{Lu}\d&]{1,9}$")]
    private static partial Regex Acronym();

    [GeneratedRegex(@"(?:d['’]un|pour\s+un)\s+montant(?:\s+(?:total|global|maximum|maximal|forfaitaire))?\s+de\s+(?<amount>" + AmountPattern + @")\s*(?:€|euros?\b)|(?<amount>" + AmountPattern + @")\s*(?:€|euros?)\s+au\s+profit\b", RegexOptions.IgnoreCase)]
    private static partial Regex AmountGiven();
}
