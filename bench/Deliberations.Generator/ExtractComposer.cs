using System.Globalization;
using System.Text;

namespace Deliberations.Generator;

/// <summary>What every decision of one sitting shares: who presided, who was secretary, the base attendance, the dates.</summary>
internal sealed record SittingContext(
    Sitting Sitting,
    AttendanceSheet Attendance,
    Member President,
    Member Secretary,
    IReadOnlyList<Member> Commission,
    DateOnly Convocation,
    DateOnly Posted,
    (string Number, DateOnly Date) Delegation);

/// <summary>
/// Lays out one extract in the formats of the seeds: the 2018 Commission permanente register (000),
/// the 2018-2019 Conseil registers, plain (001, 002) or bold (003), and the 2021 register (004),
/// with its header, attendance lists, repeated header, report, interventions, operative part and
/// legality footer; and says what the parser should read in it.
/// </summary>
internal sealed class ExtractComposer(Random rng)
{
    /// <summary>
    /// Amendments fall on the decisions with a budget table (about a quarter of all); this share of
    /// them gives about 2 % of all decisions, as asked.
    /// </summary>
    private const double AmendmentShare = 0.085;

    public (string Text, ExpectedExtract Expected) Compose(SittingContext sitting, string number, string file, (string Number, DateOnly Date)? earlier)
    {
        var s = sitting.Sitting;
        var modern = !s.Term.GroupedLists;
        var bold = modern || (s.IsConseil && rng.Chance(0.4));
        var theme = rng.Pick(Theme.All);
        var kind = ContentBuilder.PickKind(rng, s.IsConseil);
        var (rapporteur, rank) = PickRapporteur(sitting, theme);
        var attendance = sitting.Attendance.ForDecision(rng, sitting.President, rapporteur);
        var amend = s.IsConseil && kind is DecisionKind.Projects or DecisionKind.SingleGrant && rng.Chance(AmendmentShare);
        var frame = new DecisionFrame(s.IsConseil, s.Date, modern, rapporteur.IsWoman, sitting.Delegation, earlier);
        var builder = new ContentBuilder(rng, theme, frame);
        var content = builder.Build(kind, amend);
        var service = s.Date < Council.SecondStart ? theme.ServiceBefore2020 : theme.ServiceFrom2020;
        var rapporteurPerson = RapporteurPerson(rapporteur, rank, modern);
        var legality = sitting.Posted;
        var reportDate = s.Date.AddDays(-rng.Between(18, 35));

        var head = new StringBuilder(16 * 1024);
        var (present, excused, unexcused) = attendance.Render(grouped: s.Term.GroupedLists);
        if (!s.IsConseil && !modern)
        {
            CommissionHeader2018(head, s, number, content, service, rapporteurPerson.Printed, sitting, present, excused, unexcused, reportDate);
        }
        else if (modern)
        {
            Header2021(head, s, number, content, theme, service, rapporteurPerson.Printed, sitting, present, excused, unexcused, reportDate);
        }
        else
        {
            ConseilHeader2018(head, s, number, content, theme, service, rapporteurPerson.Printed, sitting, present, excused, unexcused, reportDate, bold);
        }

        var tail = new StringBuilder(4 * 1024);
        tail.Append("Vu ledit dossier ;\n\n");
        if (s.IsConseil)
        {
            // The seeds spell the formula three ways; the parser must not care.
            tail.Append(rng.Pick((string[])["Ouï", "Ouï", "Oùï", "Où"])).Append(" l'avis de sa commission ").Append(theme.Commission).Append(" ;\n\n");
        }

        foreach (var block in content.Interventions)
        {
            tail.Append(block).Append("\n\n");
        }

        var verb = s.IsConseil ? "DELIBERE" : "DECIDE";
        tail.Append(rng.Next(3) switch { 0 => verb, 1 => $"**{verb}**", _ => $"#### {verb}" }).Append("\n\n");
        var articleStyle = modern ? 2 : rng.Next(3);
        for (var i = 0; i < content.Articles.Count; i++)
        {
            Article(tail, i + 1, content.Articles[i], articleStyle);
        }

        Footer(tail, s, legality, bold, modern);

        // The report takes what is left of the size drawn for this extract: seeds run from 6 to 17 KB.
        var target = rng.Between(6200, 16800);
        var used = Encoding.UTF8.GetByteCount(head.ToString()) + Encoding.UTF8.GetByteCount(tail.ToString()) + content.Report.Sum(b => Encoding.UTF8.GetByteCount(b) + 2);
        var filler = new List<string>();
        while (used < target)
        {
            var paragraph = rng.Chance(0.5) ? builder.Prose.ContextParagraph() : rng.Chance(0.7) ? builder.Prose.PartnershipParagraph() : builder.Prose.Bullets(3, 6);
            filler.Add(paragraph);
            used += Encoding.UTF8.GetByteCount(paragraph) + 2;
        }

        content.Report.InsertRange(content.FillerIndex, filler);
        var text = new StringBuilder(used + 64).Append(head);
        foreach (var block in content.Report)
        {
            text.Append(block).Append("\n\n");
        }

        text.Append(tail);
        var allowed = new HashSet<string>(content.AllowedWarnings, StringComparer.Ordinal);
        // A holder whose own name carries a slip is "not present" as printed: a true warning.
        if (attendance.Excused.Any(m => attendance.ProxyOf(m) is { } h && attendance.Spellings.ContainsKey(h.Id)))
        {
            allowed.Add("proxy-holder-not-present");
        }

        var expected = new ExpectedExtract
        {
            File = file,
            Number = number,
            Body = s.Body,
            Date = s.Date,
            MembersInOffice = s.IsConseil ? s.Term.Seats : null,
            Present = attendance.Present.Count(),
            Excused = attendance.Excused.Count(),
            Proxies = attendance.Excused.Count(m => attendance.ProxyOf(m) is not null),
            Unexcused = attendance.Unexcused.Count(),
            President = Person(sitting.President, firstName: true, role: null),
            Rapporteur = rapporteurPerson.Expected,
            Secretary = Person(sitting.Secretary, firstName: true, role: null),
            Articles = content.Articles.Count,
            Tables = content.Tables,
            Imputations = content.Imputations,
            Amendments = content.Amendments,
            Beneficiaries = content.Beneficiaries,
            LegalityDate = legality,
            AllowedWarnings = allowed,
        };
        return (text.ToString(), expected);
    }

    private static ExpectedPerson Person(Member m, bool firstName, string? role) => new(m.Civility, m.Surname, firstName ? m.FirstName : null, role);

    /// <summary>A vice-president or delegated councillor who sits, preferably the one in charge of the theme.</summary>
    private (Member Member, int Rank) PickRapporteur(SittingContext sitting, Theme theme)
    {
        var themeIndex = Array.IndexOf(Theme.All, theme);
        var ranks = Math.Min(Term.RapporteurRanks, sitting.Commission.Count - 1);
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var rank = attempt < 4 ? 1 + ((themeIndex * 5 + rng.Next(5)) % ranks) : rng.Between(1, ranks);
            var member = sitting.Commission[rank];
            if (sitting.Attendance.IsPresent(member))
            {
                return (member, rank);
            }
        }

        return (sitting.President, 0);
    }

    /// <summary>2018-2019: <c>Madame la Vice-Présidente Dognin-Sauze</c>; 2021: <c>Madame Émeline Baume</c>; each era now and then the other way.</summary>
    private (string Printed, ExpectedPerson Expected) RapporteurPerson(Member m, int rank, bool modern)
    {
        var role = Term.Role(rank, m.IsWoman);
        var withRole = role is not null && (modern ? rng.Chance(0.2) : rng.Chance(0.85));
        if (withRole)
        {
            var article = m.IsWoman ? "Madame la" : "Monsieur le";
            return ($"{article} {role} {m.Surname}", Person(m, firstName: false, role));
        }

        return (m.FullName, Person(m, firstName: true, role: null));
    }

    private void ConseilHeader2018(StringBuilder sb, Sitting s, string number, DecisionContent content, Theme theme, string service, string rapporteur, SittingContext sitting, string present, string? excused, string? unexcused, DateOnly reportDate, bool bold)
    {
        var date = FrenchText.Date(s.Date);
        sb.Append("\n\n\n\n");
        sb.Append(bold ? "**EXTRAIT DU REGISTRE DES DELIBERATIONS**  \n**DU CONSEIL**\n\n" : "EXTRAIT DU REGISTRE DES DELIBERATIONS\nDU CONSEIL\n\n");
        sb.Append("Conseil du **").Append(date).Append("**\n\n");
        sb.Append("Délibération n° ").Append(number).Append("\n\n");
        sb.Append("commission principale : ").Append(theme.Commission).Append("\n\n");
        sb.Append("commission (s) consultée (s) pour avis :\n\n");
        sb.Append("commune (s) :").Append(content.Communes is null ? "" : " " + content.Communes).Append("\n\n");
        var title = rng.Chance(0.6) ? $"**{content.Title}**" : content.Title;
        sb.Append("objet : ").Append(title).Append("\n\n");
        sb.Append("service : ").Append(rng.Chance(0.5) ? $"**{service}**" : service).Append("\n\n");
        sb.Append(Label("Rapporteur", bold)).Append(" : ").Append(rapporteur).Append("\n\n");
        sb.Append(Label("Président", bold)).Append(" : ").Append(sitting.President.FullName).Append("\n\n");
        sb.Append("Nombre de conseillers en exercice au jour de la séance : ").Append(FrenchText.Int(s.Term.Seats)).Append("\n\n");
        sb.Append("Date de convocation du Conseil : ").Append(FrenchText.DateWithDay(sitting.Convocation)).Append("\n\n");
        sb.Append("Secrétaire élu : ").Append(sitting.Secretary.FullName).Append("\n\n");
        sb.Append("Affiché le : ").Append(FrenchText.DateWithDay(sitting.Posted)).Append("\n\n");
        Lists(sb, present, excused, unexcused, bold);
        sb.Append(bold ? $"**Conseil du {date}****Délibération n° {number}**" : $"Conseil du {date}**Délibération n° {number}**").Append("\n\n");
        sb.Append("commission principale : ").Append(theme.Commission).Append("\n\n");
        sb.Append("objet : **").Append(content.Title).Append("**\n\n");
        sb.Append("service : ").Append(service).Append("\n\n");
        sb.Append(bold ? "**Le Conseil,**" : "Le Conseil,").Append("\n\n");
        sb.Append("Vu le rapport du ").Append(FrenchText.Date(reportDate)).Append(", par lequel monsieur le Président expose ce qui suit :\n\n");
    }

    private void CommissionHeader2018(StringBuilder sb, Sitting s, string number, DecisionContent content, string service, string rapporteur, SittingContext sitting, string present, string? excused, string? unexcused, DateOnly reportDate)
    {
        var date = FrenchText.Date(s.Date);
        sb.Append("\n\n\n\n");
        sb.Append("EXTRAIT DU REGISTRE DES DECISIONS\nDE LA COMMISSION PERMANENTE\n\n");
        sb.Append("Commission permanente du **").Append(date).Append("**\n\n");
        sb.Append("Décision n° **").Append(number).Append("**\n\n");
        sb.Append("commune (s) :").Append(content.Communes is null ? "" : " " + content.Communes).Append("\n\n");
        sb.Append("objet : ").Append(content.Title).Append("\n\n");
        sb.Append("service : ").Append(service).Append("\n\n");
        sb.Append("Rapporteur : ").Append(rapporteur).Append("\n\n");
        sb.Append("Président : ").Append(sitting.President.FullName).Append("\n\n");
        sb.Append("Date de convocation de la Commission permanente : ").Append(FrenchText.DateWithDay(sitting.Convocation)).Append("\n\n");
        sb.Append("Secrétaire élu : ").Append(sitting.Secretary.FullName).Append("\n\n");
        sb.Append("Affiché le : ").Append(FrenchText.DateWithDay(sitting.Posted)).Append("\n\n");
        Lists(sb, present, excused, unexcused, bold: false);
        sb.Append("Commission permanente du ").Append(date).Append("**Décision n° ").Append(number).Append("**\n\n");
        sb.Append("objet : **").Append(content.Title).Append("**\n\n");
        sb.Append("service : ").Append(service).Append("\n\n");
        sb.Append("La Commission permanente,\n\n");
        sb.Append("Vu le projet de décision du ").Append(FrenchText.Date(reportDate)).Append(", par lequel monsieur le Président expose ce qui suit :\n\n");
    }

    private static void Header2021(StringBuilder sb, Sitting s, string number, DecisionContent content, Theme theme, string service, string rapporteur, SittingContext sitting, string present, string? excused, string? unexcused, DateOnly reportDate)
    {
        var date = FrenchText.Date(s.Date);
        var conseil = s.IsConseil;
        var deed = conseil ? "Délibération" : "Décision";
        sb.Append("\n\n");
        sb.Append(conseil ? "**EXTRAIT DU REGISTRE DES DELIBERATIONS**  \n**DU CONSEIL**\n\n" : "**EXTRAIT DU REGISTRE DES DECISIONS**  \n**DE LA COMMISSION PERMANENTE**\n\n");
        sb.Append("**").Append(s.Body).Append(" du ").Append(date).Append("**\n\n");
        sb.Append("**").Append(deed).Append(" n° ").Append(number).Append("**\n\n");
        Fields(sb, content, theme, service, conseil);
        sb.Append("**Rapporteur** : ").Append(rapporteur).Append("\n\n");
        sb.Append("**Président** : ").Append(sitting.President.FullName).Append("\n\n");
        if (conseil)
        {
            sb.Append("Nombre de conseillers en exercice au jour de la séance : ").Append(FrenchText.Int(s.Term.Seats)).Append("\n\n");
        }

        sb.Append("Date de convocation ").Append(conseil ? "du Conseil" : "de la Commission permanente").Append(" : ").Append(FrenchText.DateWithDay(sitting.Convocation)).Append("\n\n");
        sb.Append("Secrétaire élu(e) : ").Append(sitting.Secretary.FullName).Append("\n\n");
        sb.Append("Affiché le : ").Append(FrenchText.DateWithDay(sitting.Posted)).Append("\n\n");
        Lists(sb, present, excused, unexcused, bold: true);
        sb.Append("**").Append(s.Body).Append(" du ").Append(date).Append("****").Append(deed).Append(" n° ").Append(number).Append("**\n\n");
        Fields(sb, content, theme, service, conseil);
        sb.Append(conseil ? "Le Conseil," : "La Commission permanente,").Append("\n\n");
        sb.Append("Vu le ").Append(conseil ? "rapport" : "projet de décision").Append(" du ").Append(FrenchText.Date(reportDate)).Append(", par lequel monsieur le Président expose ce qui suit :\n\n");

        static void Fields(StringBuilder sb, DecisionContent content, Theme theme, string service, bool conseil)
        {
            if (conseil)
            {
                sb.Append("Commission principale : ").Append(theme.Commission).Append("\n\n");
            }

            sb.Append("Commune(s) :").Append(content.Communes is null ? "" : " " + content.Communes).Append("\n\n");
            sb.Append("Objet : ").Append(content.Title).Append("\n\n");
            sb.Append("Service : ").Append(service).Append("\n\n");
        }
    }

    private static void Lists(StringBuilder sb, string present, string? excused, string? unexcused, bool bold)
    {
        sb.Append(Label("Présents", bold)).Append(" : ").Append(present).Append("\n\n");
        if (excused is not null)
        {
            sb.Append(Label("Absents excusés", bold)).Append(" : ").Append(excused).Append("\n\n");
        }

        if (unexcused is not null)
        {
            sb.Append(Label("Absents non excusés", bold)).Append(" : ").Append(unexcused).Append("\n\n");
        }
    }

    private static string Label(string label, bool bold) => bold ? $"**{label}**" : label;

    /// <summary>
    /// An article as the registers mark it up: plain (001, 002), a heading or a bold verb (003), bold
    /// number and first words (004); lettered sub-points on their own lines.
    /// </summary>
    private void Article(StringBuilder sb, int n, ArticleText article, int style)
    {
        var number = $"{FrenchText.Int(n)}° - ";
        var head = article.Head;
        if (style == 0)
        {
            sb.Append(number).Append(head);
        }
        else if (head.EndsWith(':') && head.Length < 40)
        {
            sb.Append(style == 1 ? $"##### {number}{head}" : $"**{number}{head}**");
        }
        else
        {
            var words = head.Split(' ');
            var cut = words[0] is "La" or "Le" or "Les" && words.Length > 2 ? 2 : 1;
            var lead = string.Join(' ', words[..cut]);
            var rest = string.Join(' ', words[cut..]);
            sb.Append(rng.Chance(0.5) ? $"**{number}{lead}** {rest}" : $"{number}**{lead}** {rest}");
        }

        sb.Append("\n\n");
        for (var i = 0; i < article.SubPoints.Count; i++)
        {
            var label = (char)('a' + i);
            sb.Append(style == 2 ? "- " : "").Append(label).Append(") - ").Append(article.SubPoints[i]).Append(style == 2 ? "\n" : "\n\n");
        }

        if (style == 2 && article.SubPoints.Count > 0)
        {
            sb.Append('\n');
        }
    }

    private void Footer(StringBuilder sb, Sitting s, DateOnly legality, bool bold, bool modern)
    {
        sb.Append(bold ? "Et ont signé les membres présents,  \npour extrait conforme.\n\n" : "Et ont signé les membres présents,\npour extrait conforme.\n\n");
        if (modern)
        {
            var id = $"069-200046977-{s.Date.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}-{FrenchText.Int(rng.Between(100000, 999999))}-{(s.IsConseil ? "DE" : "AI")}-1-1";
            sb.Append("Accusé de réception en préfecture : ").Append(id)
                .Append(" Date de télétransmission : ").Append(FrenchText.Date(legality))
                .Append(" Date de réception préfecture : ").Append(FrenchText.Date(legality)).Append("\n---");
        }
        else
        {
            var line = $"Reçu au contrôle de légalité le : {FrenchText.Date(legality)}.";
            sb.Append(bold && rng.Chance(0.5) ? $"**{line}**" : line);
        }
    }
}
