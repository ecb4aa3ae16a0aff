using System.Text;

namespace Deliberations.Web.Tests.Support.Registers;

/// <summary>
/// A small extract in the Lyon layout, written field by field so a test can change one thing at a
/// time: a label's case, a header official who sits in no list, a list missing. Written by hand for
/// these tests, not by the benchmark's generator, so the two do not share their blind spots.
/// </summary>
public sealed record QuirkExtract
{
    public string Number { get; init; } = "2021-0420";

    public string Sitting { get; init; } = "Conseil du **14 juin 2021**";

    public string ObjectLabel { get; init; } = "objet";

    public string Object { get; init; } = "Attribution d'une subvention à l'association Les Jardins du Rhône pour l'année 2021";

    public string RapporteurLabel { get; init; } = "**Rapporteur**";

    public string? Rapporteur { get; init; } = "Madame la Vice-Présidente Aubrac";

    public string? President { get; init; } = "Monsieur Paul Dorval";

    public string? Secretary { get; init; } = "Madame Inès Fabre";

    public int? Members { get; init; } = 9;

    public string? Present { get; init; } = "MM. Dorval, Lemoine, Mmes Aubrac, Fabre, Garnier, M. Hubert";

    public string? Excused { get; init; } = "Mme Jolivet (pouvoir à M. Lemoine), M. Kessler (pouvoir à Mme Garnier)";

    public string? Unexcused { get; init; } = "M. Marchal";

    public string Amount { get; init; } = "12 000 €";

    public bool OperativePart { get; init; } = true;

    public string NewLine { get; init; } = "\n";

    public override string ToString()
    {
        var lines = new List<string>
        {
            "**EXTRAIT DU REGISTRE DES DELIBERATIONS**",
            "**DU CONSEIL**",
            "",
            Sitting,
            "",
            $"Délibération n° {Number}",
            "",
            "commission principale : culture, sport, vie associative",
            "",
            $"{ObjectLabel} : {Object}",
            "",
            "service : Direction de la culture",
            "",
        };
        Field(RapporteurLabel, Rapporteur);
        Field("**Président**", President);
        Field("Nombre de conseillers en exercice au jour de la séance", Members?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        lines.AddRange(["Date de convocation du Conseil : mardi 25 mai 2021", ""]);
        Field("Secrétaire élu", Secretary);
        lines.AddRange(["Affiché le : mercredi 16 juin 2021", ""]);
        Field("**Présents**", Present);
        Field("**Absents excusés**", Excused);
        Field("**Absents non excusés**", Unexcused);
        lines.AddRange([
            "**Le Conseil,**",
            "",
            "Vu le rapport du 27 mai 2021, par lequel monsieur le Président expose ce qui suit :",
            "",
            $"L'association sollicite une subvention de fonctionnement d'un montant de {Amount} pour son programme.",
            "",
            "Vu ledit dossier ;",
            "",
        ]);
        if (OperativePart)
        {
            lines.AddRange([
                "#### DELIBERE",
                "",
                $"1° - Attribue une subvention de fonctionnement d'un montant de {Amount} au profit de l'association Les Jardins du Rhône.",
                "",
                $"2° - La dépense de fonctionnement en résultant, soit {Amount}, sera imputée sur les crédits inscrits au budget principal - exercice 2021 - chapitre 65 - opération n° 0P33O5012.",
                "",
            ]);
        }

        lines.AddRange(["Et ont signé les membres présents,", "pour extrait conforme.", "", "**Reçu au contrôle de légalité le : 16 juin 2021.**", ""]);
        return string.Join(NewLine, lines);

        void Field(string label, string? value)
        {
            if (value is not null)
            {
                lines.Add($"{label} : {value}");
                lines.Add("");
            }
        }
    }

    public byte[] Bytes(Encoding? encoding = null) => (encoding ?? new UTF8Encoding(false)).GetBytes(ToString());
}
