using System.Text;

namespace Deliberations.Generator;

/// <summary>
/// Paragraphs of report prose for one decision: administrative sentences whose slots are filled
/// from the decision's theme, year, project and organisation. The text means little; its length,
/// its vocabulary and its punctuation are those of the registers.
/// </summary>
internal sealed class Prose(Random rng, Theme theme, int year, string project, Organisation organisation)
{
    private static readonly string[] Context =
    [
        "La Métropole de Lyon met en œuvre une politique ambitieuse dans le domaine {domain}, qui vise à {goal} ainsi qu'à {goal2}.",
        "Cette politique s'appuie sur la mobilisation de l'ensemble des acteurs du territoire et sur une gouvernance partagée avec les communes.",
        "Elle s'inscrit dans la politique publique métropolitaine \"{policy}\" et dans le pacte de cohérence métropolitain.",
        "Dans ce cadre, la Métropole s'attache notamment à {goal} et à {goal2}, en lien avec les partenaires institutionnels.",
        "Depuis {since}, les actions engagées ont permis de {goal2}, au bénéfice des habitants comme des acteurs économiques.",
        "Les résultats obtenus en {prev} confirment l'intérêt de cette démarche, qui a mobilisé plus de {people} participants.",
        "La collectivité entend ainsi consolider son rôle de chef de file dans le domaine {domain} et favoriser l'émergence de projets structurants pour le territoire.",
        "Le projet \"{project}\" illustre cette ambition : il associe les services de la Métropole, les communes de {commune} et de {commune2} et plusieurs partenaires publics et privés.",
        "Cette démarche répond aux attentes exprimées lors de la concertation conduite en {prev} auprès des habitants, des associations et des entreprises.",
        "Aujourd'hui, le cadre réglementaire, notamment la loi n° {law} du {lawdate}, impose aux collectivités de nouvelles obligations en la matière.",
        "Cette mobilisation inclut la totalité des acteurs de la chaîne de valeur, du porteur de projet au gestionnaire, et jusqu'à l'usager final.",
        "Les enjeux sont multiples : il s'agit à la fois de {goal}, de {goal2} et d'assurer la cohérence des interventions publiques sur l'ensemble du territoire.",
        "Le territoire métropolitain compte {communes} communes et plus de 1,3 million d'habitants, dont les besoins évoluent rapidement.",
        "Les services de la Métropole ont conduit en {prev} un diagnostic approfondi, qui a mis en évidence la nécessité de {goal}.",
    ];

    private static readonly string[] Partnership =
    [
        "Il s'agit pour les partenaires d'initier des dynamiques d'innovation, tant en amont qu'en aval des projets, incluant la compréhension approfondie des besoins et la créativité dans la recherche de solutions.",
        "Les manières de travailler doivent être différentes des pratiques habituelles, en privilégiant les expérimentations et en associant les usagers à la conception des services.",
        "Les partenaires s'engagent sur des modalités de partage de projets, d'informations, de réseaux et de mise en commun de retours d'expérience.",
        "Le dispositif fera l'objet d'une évaluation à l'issue de chaque phase, afin de disposer d'éléments objectifs pour une éventuelle généralisation à l'ensemble des communes de la Métropole.",
        "Les moyens humains, logistiques et techniques mobilisés par chacune des parties seront précisés dans la convention.",
        "La convention jointe fixe les modalités de travail en commun et les engagements réciproques des parties pour une durée de {duration}.",
        "Le suivi de la mise en œuvre sera assuré par un comité de pilotage réunissant les représentants de chacune des parties, au moins deux fois par an.",
        "Pour la Métropole, ce partenariat permet de développer la dynamique qu'elle a initiée et de consolider la construction d'un cadre de confiance territorial.",
    ];

    private static readonly string[] Association =
    [
        "L'association {org} a pour objet de {goal}. Créée en {founded}, elle regroupe des acteurs publics et privés et compte plus de {members} adhérents sur le territoire métropolitain.",
        "Son action porte notamment sur {action}, en lien étroit avec les services de la Métropole et des communes.",
        "L'association sollicite le soutien de la Métropole pour la mise en œuvre de son programme d'actions {year}.",
        "Le programme d'actions proposé pour {year} s'articule autour de {n} axes prioritaires, présentés ci-après.",
        "Le bilan de l'année {prev} fait apparaître une fréquentation en hausse et un public renouvelé, notamment dans les quartiers prioritaires.",
        "L'association a su fédérer autour de ses actions un large réseau de partenaires : communes, bailleurs sociaux, entreprises et établissements d'enseignement.",
        "L'ensemble de ces actions contribue directement aux objectifs de la politique métropolitaine \"{policy}\".",
    ];

    private static readonly string[] Works =
    [
        "Le programme de travaux porte sur {action} et sur {action2}, sur un linéaire d'environ {length} mètres.",
        "Les études de maîtrise d'œuvre, conduites en {prev}, ont permis de préciser le coût prévisionnel de l'opération.",
        "Les travaux seront réalisés en plusieurs phases afin de limiter la gêne occasionnée aux riverains et de maintenir la desserte des commerces.",
        "La concertation préalable a fait l'objet d'un bilan favorable, présenté aux conseils de quartier concernés.",
        "L'opération est inscrite à la programmation pluriannuelle des investissements de la Métropole.",
        "Le démarrage des travaux est prévu au cours du {semester} semestre {year}, pour une durée d'environ {months} mois.",
    ];

    private string? _domainGoal;
    private int _lawYear;

    public string ContextParagraph() => Paragraph(Context, 2, 4);

    public string PartnershipParagraph() => Paragraph(Partnership, 2, 3);

    public string AssociationParagraph() => Paragraph(Association, 2, 3);

    public string WorksParagraph() => Paragraph(Works, 2, 3);

    /// <summary>A bullet list of the theme's actions, introduced as the seeds do, last item ending the sentence.</summary>
    public string Bullets(int min, int max)
    {
        var intro = rng.Pick((string[])["Le programme comprend :", "Le projet prévoit :", "Les actions prévues sont les suivantes :", "Il comprend notamment :"]);
        var items = rng.Sample(theme.Actions, rng.Between(min, max));
        var sb = new StringBuilder(intro).Append("\n\n");
        for (var i = 0; i < items.Count; i++)
        {
            sb.Append("- ").Append(items[i]).Append(i == items.Count - 1 ? "." : ",");
            if (i < items.Count - 1)
            {
                sb.Append('\n');
            }
        }

        return sb.ToString();
    }

    public string Fill(string template)
    {
        var sb = new StringBuilder(template.Length + 64);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            if (open < 0)
            {
                sb.Append(template, i, template.Length - i);
                break;
            }

            var close = template.IndexOf('}', open);
            sb.Append(template, i, open - i);
            var value = Slot(template[(open + 1)..close]);
            // French elides "de" before a vowel: "de accompagner" is "d'accompagner".
            if (value.Length > 0 && "aeiouéèêâîôûAEIOUÉÈÊÂÎÔÛ".Contains(value[0], StringComparison.Ordinal) && sb.Length >= 3 && sb[^3] == 'd' && sb[^2] == 'e' && sb[^1] == ' ' && (sb.Length == 3 || sb[^4] == ' '))
            {
                sb.Length -= 2;
                sb.Append('\'');
            }

            sb.Append(value);
            i = close + 1;
        }

        return sb.ToString();
    }

    private string Paragraph(string[] sentences, int min, int max) =>
        string.Join(' ', rng.Sample(sentences, rng.Between(min, max)).Select(Fill));

    private string Slot(string name)
    {
        switch (name)
        {
            case "goal":
                _domainGoal = rng.Pick(theme.Goals);
                return _domainGoal;
            case "goal2":
                string other;
                do
                {
                    other = rng.Pick(theme.Goals);
                }
                while (other == _domainGoal);
                return other;
            case "domain":
                return theme.Domain;
            case "policy":
                return theme.Policy;
            case "action":
            case "action2":
                return rng.Pick(theme.Actions);
            case "project":
                return project;
            case "org":
                return organisation.Name;
            case "commune":
            case "commune2":
                return rng.Pick(Theme.Communes);
            case "year":
                return FrenchText.Int(year);
            case "prev":
                return FrenchText.Int(year - 1);
            case "since":
                return FrenchText.Int(year - rng.Between(2, 8));
            case "founded":
                return FrenchText.Int(rng.Between(1975, 2012));
            case "people":
                return FrenchText.Amount(rng.Round(200, 12000, 100));
            case "members":
                return FrenchText.Int(rng.Between(3, 60) * 10);
            case "communes":
                return "59";
            case "law":
                _lawYear = rng.Between(2014, year - 1);
                return $"{FrenchText.Int(_lawYear)}-{FrenchText.Int(rng.Between(100, 1800))}";
            case "lawdate":
                return FrenchText.Date(new DateOnly(_lawYear, rng.Between(1, 12), rng.Between(1, 28)));
            case "duration":
                return rng.Pick((string[])["un an", "deux ans", "trois ans", "un an renouvelable deux fois"]);
            case "n":
                return FrenchText.Count(rng.Between(2, 4));
            case "length":
                return FrenchText.Int(rng.Between(2, 40) * 50);
            case "semester":
                return rng.Chance(0.5) ? "premier" : "second";
            case "months":
                return FrenchText.Int(rng.Between(4, 30));
            default:
                throw new InvalidOperationException("Unknown slot " + name);
        }
    }
}
