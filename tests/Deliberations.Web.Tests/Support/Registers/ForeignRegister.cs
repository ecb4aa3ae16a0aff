using System.Globalization;
using System.Text;

namespace Deliberations.Web.Tests.Support.Registers;

/// <summary>
/// A second generator of extracts in the council's layout, written apart from the benchmark's
/// (bench/Deliberations.Generator) so the two do not share their assumptions: other names
/// (particles, apostrophes, names from every region and beyond), other list styles (one civility
/// per name, civilities in full, a final « et »), header officials who sit in no list, and the
/// quirks of real registers mixed at random. Each document says how many names its lists print.
/// </summary>
public sealed class ForeignRegister(int seed)
{
    private static readonly string[] Surnames =
    [
        "Le Gall", "Kerjean", "Etxeberria", "Santoni", "Nguyen", "N'Diaye", "Ben Salah", "Da Silva", "Van den Berg",
        "de La Roche-Aymon", "Oyharçabal", "Poggi", "Traoré", "Lê", "Öztürk", "O'Neill", "Abgrall", "Quéméner",
        "Carbuccia", "Wurtz", "Schœlcher", "Rakotomalala", "Haddad", "Ferreira", "Kowalski", "Lo Bianco", "d'Estienne",
        "Bouzid", "Mahé", "Goasguen", "Arrighi", "Hoarau", "Payet", "Grondin", "Zitouni", "Pereira", "Yilmaz",
        "Saint-Cyr", "Dupré de Baubigny", "El Amrani", "Marchetti", "Lagarde-Ségot", "Thibaut", "Ollivier", "Cazenave",
        "Larrieu", "Peyrefitte", "Ménétrier", "Fauré", "Ribeiro",
    ];

    private static readonly string[] FirstNames = ["Yann", "Maïwenn", "Aitor", "Paulu", "Thi", "Aminata", "Karim", "Inês", "Gwenaëlle", "Zoé"];

    private static readonly string[] Quirks =
    [
        "crlf", "bom", "cp1252", "upper-labels", "trailing-spaces", "nbsp", "no-present-list", "no-unexcused-list",
        "self-proxy", "proxy-to-absent", "duplicate-name", "huge-amount", "long-name", "fffe-bytes", "bad-utf8",
        "nul", "no-operative-part", "empty-object", "no-sitting-date", "president-outside", "secretary-outside",
        "rapporteur-with-role", "procuration",
    ];

    private readonly Random _random = new(seed);

    /// <summary>One generated extract: its bytes, its number, how many names its lists print, and the quirks it carries.</summary>
    public sealed record Document(string Number, byte[] Bytes, int NamesPrinted, IReadOnlyList<string> Quirks);

    public IEnumerable<Document> Generate(int count)
    {
        var members = Enumerable.Range(0, 60).Select(i => (Civility: i % 2 == 0 ? "M." : "Mme", Surname: Surnames[i % Surnames.Length] + (i >= Surnames.Length ? "-" + Surnames[(i * 7) % Surnames.Length] : ""))).ToList();
        for (var i = 0; i < count; i++)
        {
            var quirks = Quirks.Where(_ => _random.NextDouble() < 0.12).ToList();
            yield return Make(4000 + i, members, quirks);
        }
    }

    /// <summary>Writes <paramref name="count"/> extracts into <paramref name="folder"/>, one file each named by its number, as a council's export would hold them.</summary>
    public async Task WriteAsync(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        foreach (var document in Generate(count))
        {
            await File.WriteAllBytesAsync(Path.Combine(folder, document.Number + ".txt"), document.Bytes);
        }
    }

    private Document Make(int serial, List<(string Civility, string Surname)> members, List<string> quirks)
    {
        var number = $"2023-{serial:D4}";
        var has = quirks.ToHashSet();
        var order = members.OrderBy(_ => _random.Next()).ToList();
        var presentCount = _random.Next(30, 50);
        var present = order.Take(presentCount).ToList();
        var excused = order.Skip(presentCount).Take(_random.Next(0, 8)).ToList();
        var unexcused = order.Skip(presentCount + excused.Count).Take(has.Contains("no-unexcused-list") ? 0 : _random.Next(1, 4)).ToList();
        if (has.Contains("long-name"))
        {
            present.Add(("Mme", string.Concat(Enumerable.Repeat("Lagarde-", 50)) + "Ségot"));
        }

        if (has.Contains("duplicate-name"))
        {
            present.Add(present[0]);
        }

        var style = _random.Next(3);
        var label = has.Contains("upper-labels") ? (Func<string, string>)(l => l.ToUpperInvariant()) : l => l;
        var space = has.Contains("nbsp") ? "\u00A0" : " ";
        var proxyWord = has.Contains("procuration") ? "procuration" : "pouvoir";
        string Proxy(int k)
        {
            var holder = has.Contains("self-proxy") && k == 0 ? excused[0]
                : has.Contains("proxy-to-absent") && k == 0 && unexcused.Count > 0 ? unexcused[0]
                : present[k % present.Count];
            return $" ({proxyWord} à {holder.Civility}{space}{holder.Surname})";
        }

        var excusedItems = excused.Select((m, k) => (m.Civility, m.Surname + (k % 3 == 2 ? "" : Proxy(k)))).ToList();
        var president = has.Contains("president-outside") ? "Monsieur Erwan Kerhervé" : $"{Full(present[0].Civility)} {FirstNames[_random.Next(FirstNames.Length)]} {present[0].Surname}";
        var secretary = has.Contains("secretary-outside") ? "Madame Solenn Prigent" : $"{Full(present[1].Civility)} {present[1].Surname}";
        var rapporteur = has.Contains("rapporteur-with-role") ? "Monsieur le Vice-Président Ducasse" : $"{Full(present[2].Civility)} {present[2].Surname}";
        var amount = has.Contains("huge-amount") ? "1 000 000 000 000 000" : (_random.Next(1, 500) * 1000).ToString("N0", CultureInfo.GetCultureInfo("fr-FR")).Replace('\u202F', ' ');
        var day = new DateOnly(2023, 1, 1).AddDays(_random.Next(0, 700));
        var date = day.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("fr-FR"));

        var text = new StringBuilder();
        void Line(string line = "") => text.Append(line).Append(has.Contains("trailing-spaces") ? "  " : "").Append('\n');
        Line("EXTRAIT DU REGISTRE DES DELIBERATIONS");
        Line("DU CONSEIL");
        Line();
        Line(has.Contains("no-sitting-date") ? "Conseil" : $"Conseil du {date}");
        Line();
        Line($"Délibération n° {number}");
        Line();
        Line($"{label("objet")} : {(has.Contains("empty-object") ? "" : $"Soutien à l'association Ar Vro pour l'année {day.Year}")}");
        Line();
        Line($"{label("Rapporteur")} : {rapporteur}");
        Line();
        Line($"{label("Président")} : {president}");
        Line();
        Line($"Nombre de conseillers en exercice au jour de la séance : {members.Count}");
        Line();
        Line($"Secrétaire élu : {secretary}");
        Line();
        if (!has.Contains("no-present-list"))
        {
            Line($"{label("Présents")} : {List(present, style, space)}");
            Line();
        }

        if (excusedItems.Count > 0)
        {
            Line($"{label("Absents excusés")} : {List(excusedItems, style, space)}");
            Line();
        }

        if (unexcused.Count > 0)
        {
            Line($"{label("Absents non excusés")} : {List(unexcused, style, space)}");
            Line();
        }

        Line("Le Conseil,");
        Line();
        Line($"Vu le rapport du {date}, par lequel monsieur le Président expose ce qui suit :");
        Line();
        Line($"L'association Ar Vro demande une subvention de fonctionnement d'un montant de {amount} € pour ses actions.");
        Line();
        Line("Vu ledit dossier ;");
        Line();
        if (!has.Contains("no-operative-part"))
        {
            Line("DELIBERE");
            Line();
            Line($"1° - Attribue une subvention de fonctionnement d'un montant de {amount} € au profit de l'association Ar Vro.");
            Line();
        }

        Line("Et ont signé les membres présents,");
        Line("pour extrait conforme.");

        var names = (has.Contains("no-present-list") ? 0 : present.Count) + excusedItems.Count + unexcused.Count;
        return new Document(number, Encode(text.ToString(), has), names, quirks);
    }

    /// <summary>Style 0: civility grouped (<c>MM. A, B, Mmes C</c>); 1: one civility each; 2: in full with a final « et ».</summary>
    private static string List(IReadOnlyList<(string Civility, string Name)> people, int style, string space)
    {
        var items = new List<string>();
        string? last = null;
        foreach (var (civility, name) in people)
        {
            items.Add(style switch
            {
                0 when civility == last => name,
                0 => $"{Plural(civility, people.Count(p => p.Civility == civility) > 1)}{space}{name}",
                1 => $"{civility}{space}{name}",
                _ => $"{Full(civility)} {name}",
            });
            last = civility;
        }

        return style == 2 && items.Count > 1 ? string.Join(", ", items[..^1]) + " et " + items[^1] + "." : string.Join(", ", items) + ".";
    }

    private static string Plural(string civility, bool many) => !many ? civility : civility == "M." ? "MM." : "Mmes";

    private static string Full(string civility) => civility == "M." ? "Monsieur" : "Madame";

    private byte[] Encode(string text, HashSet<string> has)
    {
        if (has.Contains("crlf"))
        {
            text = text.Replace("\n", "\r\n", StringComparison.Ordinal);
        }

        var encoding = has.Contains("cp1252") ? CodePages.Windows1252 : Encoding.UTF8;
        var list = encoding.GetBytes(text).ToList();

        // Damage goes into the report, where it costs a word; in a list it would cost a name, which
        // is the parser's limit, not the importer's.
        var report = encoding.GetByteCount(text[..text.IndexOf("demande une", StringComparison.Ordinal)]);
        if (has.Contains("fffe-bytes"))
        {
            list.InsertRange(report, [0xEF, 0xBF, 0xBE]);
        }

        if (has.Contains("bad-utf8") && !has.Contains("cp1252"))
        {
            list.InsertRange(report, [0xC0, 0xAF]);
        }

        if (has.Contains("nul"))
        {
            list.Insert(report, 0);
        }

        return has.Contains("bom") && !has.Contains("cp1252") ? [0xEF, 0xBB, 0xBF, .. list] : [.. list];
    }
}
