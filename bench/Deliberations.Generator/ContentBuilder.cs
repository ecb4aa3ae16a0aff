using System.Globalization;

namespace Deliberations.Generator;

internal enum DecisionKind
{
    Partnership,
    SingleGrant,
    MultiGrant,
    Projects,
    Works,
    Acquisition,
    Contract,
}

/// <summary>What a decision's content depends on besides the dice.</summary>
internal sealed record DecisionFrame(
    bool IsConseil,
    DateOnly Date,
    bool Modern,
    bool RapporteurIsWoman,
    (string Number, DateOnly Date) Delegation,
    (string Number, DateOnly Date)? EarlierDecision);

/// <summary>
/// Writes the content of one decision of a given kind: the report's sections and numbered points,
/// its budget tables, the articles (approval, authorisation, imputation), grants and amendments.
/// </summary>
internal sealed class ContentBuilder(Random rng, Theme theme, DecisionFrame frame)
{
    private static readonly string[] ExpenseLabels =
    [
        "location espaces, logistique, restauration, communication et intervenants extérieurs", "salaires, hébergements, déplacements",
        "frais de personnel", "achats de fournitures et petit matériel", "prestations de services", "communication et édition",
        "frais de structure", "locations et charges locatives", "déplacements et missions", "rémunération des intervenants",
    ];

    private static readonly string[] RevenueLabels =
    [
        "Région Auvergne-Rhône-Alpes", "Etat", "Ville de Lyon", "partenaires et sponsors", "autofinancement",
        "cotisations des adhérents", "billetterie et ventes", "fonds européens",
    ];

    private static readonly string[] WorkItems =
    [
        "Études et maîtrise d'œuvre", "Travaux de voirie", "Réseaux et assainissement", "Espaces verts et plantations",
        "Éclairage public", "Mobilier urbain", "Aléas et révisions de prix", "Signalisation", "Coordination sécurité et contrôles",
    ];

    private static readonly string[] WorkNatures =
    [
        "requalification des espaces publics", "réaménagement de voirie", "création d'un aménagement cyclable",
        "rénovation du réseau d'eau potable", "mise en accessibilité", "réhabilitation d'un ouvrage d'art",
    ];

    private static readonly string[] Goods =
    [
        "un terrain nu", "une maison d'habitation", "un local commercial", "un tènement immobilier", "un lot de copropriété", "une parcelle de terrain",
    ];

    private static readonly string[] Supplies =
    [
        "la fourniture de mobilier de bureau", "des prestations de nettoyage des locaux", "la maintenance des équipements informatiques",
        "des prestations d'impression et de reprographie", "la fourniture de carburants", "des prestations de gardiennage",
        "l'entretien des espaces verts", "la fourniture de vêtements de travail",
    ];

    private readonly int _year = frame.Date.Year;
    private readonly string _project = rng.Pick(theme.Projects);
    private readonly Organisation _organisation = rng.Pick(theme.Organisations);
    private Prose? _prose;
    private int _section;

    /// <summary>Shares the decision's project and organisation, so that the prose speaks of them.</summary>
    public Prose Prose => _prose ??= new Prose(rng, theme, _year, _project, _organisation);

    public static DecisionKind PickKind(Random rng, bool conseil)
    {
        var draw = rng.NextDouble();
        return conseil
            ? draw switch
            {
                < 0.18 => DecisionKind.Partnership,
                < 0.40 => DecisionKind.SingleGrant,
                < 0.55 => DecisionKind.MultiGrant,
                < 0.67 => DecisionKind.Projects,
                < 0.80 => DecisionKind.Works,
                < 0.88 => DecisionKind.Acquisition,
                _ => DecisionKind.Contract,
            }
            : draw switch
            {
                < 0.20 => DecisionKind.Partnership,
                < 0.30 => DecisionKind.MultiGrant,
                < 0.60 => DecisionKind.Acquisition,
                < 0.85 => DecisionKind.Contract,
                _ => DecisionKind.Works,
            };
    }

    public DecisionContent Build(DecisionKind kind, bool amend) => kind switch
    {
        DecisionKind.Partnership => Partnership(),
        DecisionKind.SingleGrant => SingleGrant(amend),
        DecisionKind.MultiGrant => MultiGrant(),
        DecisionKind.Projects => Projects(amend),
        DecisionKind.Works => Works(),
        DecisionKind.Acquisition => Acquisition(),
        _ => Contract(),
    };

    private string Assembly => frame.IsConseil ? "au Conseil" : "à la Commission permanente";

    private string Rapporteur => frame.RapporteurIsWoman ? "madame le rapporteur" : "monsieur le rapporteur";

    private string SignatureArticle(bool plural) => frame.Modern
        ? $"Autorise le Président de la Métropole à signer {(plural ? "lesdites conventions" : "ladite convention")} et à prendre toute mesure nécessaire à l'exécution de la présente {(frame.IsConseil ? "délibération" : "décision")}."
        : $"Autorise monsieur le Président à signer {(plural ? "lesdites conventions" : "ladite convention")}.";

    private DecisionContent Partnership()
    {
        var participation = rng.Chance(0.35);
        var content = new DecisionContent
        {
            Title = rng.Next(3) switch
            {
                0 => $"Projet {_project} - Convention de partenariat entre la Métropole de Lyon et l'association {_organisation.Name} - Autorisation de signer la convention",
                1 => $"Convention de partenariat entre l'association {_organisation.Name} et la Métropole de Lyon concernant le projet {_project} - Autorisation de signer la convention",
                _ => $"{_project} - Partenariat avec l'association {_organisation.Printed} - Approbation d'une convention",
            },
        };
        Opening(content);
        content.Report.Add(Section("Contexte"));
        content.Report.Add(Prose.ContextParagraph());
        content.FillerIndex = content.Report.Count;
        if (rng.Chance(0.6))
        {
            content.Report.Add(Prose.Bullets(3, 6));
        }

        content.Report.Add(Section(rng.Chance(0.5) ? "Les objectifs du partenariat" : "Dispositif conventionnel pour la mise en œuvre du partenariat"));
        content.Report.Add(Prose.PartnershipParagraph());
        content.Report.Add(Prose.PartnershipParagraph());
        var share = rng.Round(5000, 80000, 500);
        if (participation)
        {
            var cost = share * rng.Between(2, 6);
            content.Report.Add($"Le coût total du projet est de {FrenchText.Euros(cost, rng)} TTC. Une participation de la Métropole sera versée à l'association {_organisation.Name}, d'un montant de {FrenchText.Euros(share, rng)} TTC.");
        }

        content.Report.Add($"Il est donc proposé {Assembly} d'approuver la convention de partenariat relative au projet \"{_project}\" à passer entre la Métropole et l'association {_organisation.Name} ;");

        content.Articles.Add(new ArticleText("Approuve :", [
            $"le projet \"{_project}\",",
            $"la convention de partenariat à passer entre la Métropole et l'association {_organisation.Name}, fixant les modalités {(participation ? "financières" : "techniques et administratives")} et les contributions de chaque partenaire au projet.",
        ]));
        content.Articles.Add(new ArticleText(SignatureArticle(plural: false)));
        if (participation)
        {
            content.Articles.Add(new ArticleText(Imputation(content, "dépense", "fonctionnement", share, "budget principal", [_year], "65", rng.Pick(theme.Operations))));
            content.Beneficiaries.Add(_organisation.Name);
        }
        else if (rng.Chance(0.6))
        {
            content.Articles.Add(new ArticleText("La convention sera conclue sans aucune contrepartie financière."));
        }

        return content;
    }

    private DecisionContent SingleGrant(bool amend)
    {
        var investment = rng.Chance(0.2);
        var edition = rng.Between(3, 25);
        var purpose = rng.Chance(0.5)
            ? $"l'organisation de la {FrenchText.Ordinal(edition)} édition de l'événement {_project} et pour son programme d'actions {FrenchText.Int(_year)}"
            : $"son programme d'actions {FrenchText.Int(_year)} dans le domaine {theme.Domain}";
        var nature = investment ? "d'équipement" : "de fonctionnement";
        var content = new DecisionContent { Title = $"Attribution d'une subvention à l'association {_organisation.Name} pour {purpose}" };
        Opening(content);

        var expenses = Enumerable.Range(0, rng.Between(2, 5)).Select(_ => rng.Round(5000, 200000, 500)).ToList();
        var total = expenses.Sum();
        var grant = Math.Max(1000m, decimal.Floor(total * (decimal)(0.1 + (rng.NextDouble() * 0.5)) / 500m) * 500m);
        var others = Split(total - grant, rng.Between(1, 4), 500);
        var expenseLabels = rng.Sample(ExpenseLabels, expenses.Count);
        var revenueLabels = rng.Sample(RevenueLabels, others.Count);
        var table = new BudgetTableModel
        {
            Layout = TableLayout.PipeTwoSided,
            LabelHeader = "Dépenses (en €)",
            Columns = ["Recettes (en €)"],
            Rows = [.. expenses.Select((e, i) => new TableRow(expenseLabels[i], [e]))],
            Right = [new TableRow("Métropole de Lyon", [grant]), .. others.Select((o, i) => new TableRow(revenueLabels[i], [o]))],
            Padded = rng.Chance(0.6),
            Bold = rng.Chance(0.85),
            Separator = FrenchText.Separator(rng),
        };

        content.Report.Add(Prose.AssociationParagraph());
        content.Report.Add(Prose.AssociationParagraph());
        content.Report.Add(Section("Objectifs"));
        content.Report.Add(Prose.ContextParagraph());
        content.FillerIndex = content.Report.Count;
        content.Report.Add(Section($"Compte-rendu des actions réalisées au titre de {FrenchText.Int(_year - 1)} et bilan"));
        var (earlierNumber, earlierDate) = frame.EarlierDecision ?? ($"{FrenchText.Int(_year - 1)}-{FrenchText.Int(rng.Between(1000, 4999))}", frame.Date.AddDays(-rng.Between(200, 400)));
        content.Report.Add($"Par délibération du Conseil n° {earlierNumber} du {FrenchText.Date(earlierDate)}, la Métropole a procédé à l'attribution d'une subvention {nature} d'un montant de {FrenchText.Euros(rng.Round(2000, 60000, 500), rng)} au profit de l'association {_organisation.Name} dans le cadre de son programme d'actions {FrenchText.Int(_year - 1)}.");
        content.Report.Add(Prose.AssociationParagraph());
        content.Report.Add(Section($"Programme d'actions pour {FrenchText.Int(_year)} et plan de financement prévisionnel"));
        var points = rng.Sample((string[])["Le programme de formation", "Les publications", $"L'événement {_project} - édition {FrenchText.Int(_year)}", "Les actions de sensibilisation", "L'animation du réseau des partenaires"], rng.Between(2, 4));
        for (var i = 0; i < points.Count; i++)
        {
            content.Report.Add(Point(i + 1, points[i]));
            content.Report.Add(rng.Chance(0.4) ? Prose.Bullets(2, 5) : Prose.AssociationParagraph());
        }

        var budgetSection = Section($"Budget prévisionnel {_organisation.Name} - {FrenchText.Int(_year)}");
        content.Report.Add(budgetSection);
        content.Report.Add(table.Render());
        content.Report.Add($"Il est donc proposé au Conseil d'attribuer une subvention {nature} d'un montant de {FrenchText.Euros(grant, rng)} au profit de l'association {_organisation.Name} dans le cadre de {purpose} ;");

        var printedGrant = grant;
        if (amend)
        {
            // The amount grows and one expense with it: both sides of the corrected table still balance.
            var delta = rng.Round(500, 5000, 500);
            printedGrant = grant + delta;
            var corrected = table.With(0, 0, grant + delta, right: true).With(0, 0, expenses[0] + delta);
            content.Interventions.Add($"Où l'intervention de {Rapporteur} précisant que :");
            content.Interventions.Add($"\"- Dans l'exposé des motifs, **{StripMarkup(budgetSection)}**, il convient de lire :");
            content.Interventions.Add(corrected.Render());
            content.Interventions.Add("au lieu de :");
            content.Interventions.Add(table.Render());
            content.Tables.AddRange(corrected.Expected());
            content.Amendments++;
            table = corrected;
        }
        else
        {
            content.Tables.AddRange(table.Expected());
        }

        content.Articles.Add(new ArticleText("Approuve :", [
            .. amend ? [$"les modifications proposées par {Rapporteur},"] : Array.Empty<string>(),
            $"l'attribution d'une subvention {nature} d'un montant de {FrenchText.Euros(printedGrant, rng)} au profit de l'association {_organisation.Printed} dans le cadre de {purpose},",
            $"la convention à passer entre la Métropole et l'association {_organisation.Name} définissant, notamment, les conditions d'utilisation de cette subvention.",
        ]));
        content.Articles.Add(new ArticleText(SignatureArticle(plural: false)));
        var operation = rng.Pick(theme.Operations);
        var chapter = investment ? "204" : "65";
        var section = investment ? "investissement" : "fonctionnement";
        var article = Imputation(content, "dépense", section, printedGrant, "budget principal", [_year], chapter, operation);
        if (amend)
        {
            var before = ImputationText("dépense", section, grant, "budget principal", [_year], chapter, operation);
            AmendArticle(content, content.Articles.Count + 1, article, before);
        }

        content.Articles.Add(new ArticleText(article));
        content.Beneficiaries.Add(_organisation.Name);
        return content;
    }

    private DecisionContent MultiGrant()
    {
        var organisations = rng.Sample(theme.Organisations, rng.Between(2, Math.Min(5, theme.Organisations.Length)));
        var amounts = organisations.Select(_ => rng.Round(2000, 60000, 500)).ToList();
        var total = amounts.Sum();
        var withPrevious = rng.Chance(0.5);
        var content = new DecisionContent
        {
            Title = $"Attribution de subventions à des associations pour leur programme d'actions {FrenchText.Int(_year)} dans le domaine {theme.Domain}",
        };
        Opening(content);
        content.Report.Add(Section("Contexte"));
        content.Report.Add(Prose.ContextParagraph());
        content.FillerIndex = content.Report.Count;
        content.Report.Add(Prose.Bullets(3, 5));
        content.Report.Add(Section($"Programmes d'actions proposés pour {FrenchText.Int(_year)}"));
        for (var i = 0; i < organisations.Count; i++)
        {
            content.Report.Add(Point(i + 1, organisations[i].Name));
            content.Report.Add($"{Prose.Fill("Son action porte notamment sur {action}, en lien étroit avec les services de la Métropole et des communes.")} Pour {FrenchText.Int(_year)}, il est proposé d'attribuer à l'association une subvention de fonctionnement de {FrenchText.Euros(amounts[i], rng)}.");
        }

        var tab = rng.Chance(0.4);
        var current = $"Montant proposé {FrenchText.Int(_year)} (en €)";
        var table = new BudgetTableModel
        {
            Layout = tab ? TableLayout.Tab : TableLayout.Pipe,
            LabelHeader = "Bénéficiaire",
            Columns = withPrevious ? [$"Montant attribué {FrenchText.Int(_year - 1)} (en €)", current] : [current],
            Rows = [.. organisations.Select((o, i) => new TableRow(o.Name, withPrevious ? [rng.Chance(0.8) ? rng.Round(2000, 60000, 500) : null, amounts[i]] : [amounts[i]]))],
            Padded = rng.Chance(0.5),
            Bold = tab || rng.Chance(0.7),
            Separator = FrenchText.Separator(rng),
        };
        content.Report.Add(Section("Récapitulatif des subventions proposées"));
        content.Report.Add(table.Render());
        content.Tables.AddRange(table.Expected());
        content.Report.Add($"Il est donc proposé {Assembly} d'attribuer des subventions de fonctionnement pour un montant total de {FrenchText.Euros(total, rng)} au profit des associations précitées ;");

        content.Articles.Add(new ArticleText(
            $"Attribue des subventions de fonctionnement pour un montant total de {FrenchText.Euros(total, rng)} au profit des bénéficiaires suivants, dans le cadre de leur programme d'actions {FrenchText.Int(_year)} :",
            [.. organisations.Select((o, i) => $"{FrenchText.Euros(amounts[i], rng)} au profit de l'association {o.Printed}{(i == organisations.Count - 1 ? "." : ",")}")]));
        content.Articles.Add(new ArticleText("Approuve les conventions à passer entre la Métropole et lesdites associations définissant, notamment, les conditions d'utilisation de ces subventions."));
        content.Articles.Add(new ArticleText(SignatureArticle(plural: true)));
        content.Articles.Add(new ArticleText(Imputation(content, "dépense", "fonctionnement", total, "budget principal", [_year], "65", rng.Pick(theme.Operations))));
        content.Beneficiaries.AddRange(organisations.Select(o => o.Name));
        return content;
    }

    private DecisionContent Projects(bool amend)
    {
        var funders = rng.Sample(Theme.Funders, rng.Chance(0.4) && theme.Projects.Length >= 10 ? 2 : 1);
        var pool = rng.Sample(theme.Projects, theme.Projects.Length);
        var content = new DecisionContent
        {
            Title = $"{FrenchText.Capitalise(funders[0].Fund)} - Projets d'expérimentation et de services - Conventions de financement avec {string.Join(" et ", funders.Select(f => f.Partner))}",
        };
        Opening(content);
        content.Report.Add(Section("Contexte"));
        content.Report.Add(Prose.ContextParagraph());
        content.FillerIndex = content.Report.Count;
        content.Report.Add(Prose.ContextParagraph());

        decimal revenue = 0;
        decimal originalRevenue = 0;
        var used = 0;
        for (var f = 0; f < funders.Count; f++)
        {
            var funder = funders[f];
            var count = Math.Min(rng.Between(f == 0 ? 3 : 2, f == 0 ? 6 : 4), pool.Count - used);
            var projects = pool.Skip(used).Take(count).ToList();
            used += count;
            var budgets = projects.Select(_ => rng.Round(50000, 400000, 1000)).ToList();
            var funding = budgets.Select(b => rng.Round((int)(b * 0.3m), (int)b, 1000)).ToList();
            var section = Section($"Projets soutenus dans le cadre du {funder.Fund}");
            content.Report.Add(section);
            content.Report.Add($"Dans le cadre du {funder.Fund}, la Métropole a présenté {FrenchText.Int(count)} projets qui ont obtenu un soutien financier au titre de ce fonds.");
            for (var i = 0; i < count; i++)
            {
                content.Report.Add(Point(i + 1, projects[i]));
                content.Report.Add(rng.Chance(0.3) ? Prose.Bullets(2, 4) : Prose.WorksParagraph());
            }

            var budgetPoint = Point(count + 1, "Budget");
            var table = new BudgetTableModel
            {
                Layout = rng.Chance(0.7) ? TableLayout.Tab : TableLayout.Pipe,
                LabelHeader = "Projet",
                Columns = ["Budget global du projet (en €)", $"Financement {funder.Short} (recettes) (en €)"],
                Rows = [.. projects.Select((p, i) => new TableRow(p, [budgets[i], funding[i]]))],
                TotalLabel = "Coût total",
                Padded = rng.Chance(0.5),
                Separator = FrenchText.Separator(rng),
            };
            string Summary(BudgetTableModel t) =>
                $"Au total, ces {FrenchText.Int(count)} projets représentent un budget de {FrenchText.Euros(budgets.Sum(), rng)}. Les recettes prévisionnelles apportées par le financement de {funder.WithArticle} sont de {FrenchText.Euros(t.Totals(t.Rows)[1]!.Value, rng)}.";
            content.Report.Add(budgetPoint);
            content.Report.Add(Summary(table));
            content.Report.Add(table.Render());
            originalRevenue += funding.Sum();

            if (amend && f == 0)
            {
                // A co-funder confirmed a slightly different figure after the report was sent.
                var row = rng.Next(count);
                var delta = rng.Pick((int[])[800, 1000, 2500, 5000]);
                var value = funding[row] + delta <= budgets[row] ? funding[row] + delta : funding[row] - delta;
                var corrected = table.With(row, 1, value);
                content.Interventions.Add($"Où l'intervention de {Rapporteur} précisant que :");
                content.Interventions.Add($"\"- Dans l'exposé des motifs, **{StripMarkup(section)}**, dans le **{StripMarkup(budgetPoint).Replace(" - ", " ", StringComparison.Ordinal)}**, il convient de lire :");
                content.Interventions.Add("\"" + Summary(corrected));
                content.Interventions.Add(corrected.Render());
                content.Interventions.Add("au lieu de :");
                content.Interventions.Add($"**\"{StripMarkup(budgetPoint)}**");
                content.Interventions.Add(Summary(table));
                content.Interventions.Add(table.Render());
                content.Amendments++;
                table = corrected;
            }

            content.Tables.AddRange(table.Expected());
            revenue += table.Totals(table.Rows)[1]!.Value;
        }

        content.Report.Add($"Il est donc proposé au Conseil d'approuver les conventions de financement à passer avec {string.Join(" et ", funders.Select(f => f.Partner))} ;");

        content.Articles.Add(new ArticleText("Approuve :", [
            .. amend ? [$"les modifications proposées par {Rapporteur},"] : Array.Empty<string>(),
            .. funders.Select((f, i) => $"les conventions à passer entre la Métropole et {f.Partner} dans le cadre du {f.Fund}{(i == funders.Count - 1 ? "." : ",")}"),
        ]));
        content.Articles.Add(new ArticleText(SignatureArticle(plural: true)));
        int[] years = [_year + 1, _year + 2];
        var article = Imputation(content, "recette", "investissement", revenue, "budget principal", years, "13", null, prospective: true);
        if (amend)
        {
            AmendArticle(content, content.Articles.Count + 1, article, ImputationText("recette", "investissement", originalRevenue, "budget principal", years, "13", null, prospective: true));
        }

        content.Articles.Add(new ArticleText(article));
        return content;
    }

    private DecisionContent Works()
    {
        var commune = rng.Pick(Theme.Communes);
        var nature = rng.Pick(WorkNatures);
        var programme = $"P{rng.Between(1, 36).ToString("00", CultureInfo.InvariantCulture)} - {FrenchText.Capitalise(theme.Policy)}";
        var items = rng.Sample(WorkItems, rng.Between(3, 5));
        var tab = rng.Chance(0.35);
        var costs = items.Select(_ => rng.Round(20000, 1500000, 500)).ToList();
        var table = new BudgetTableModel
        {
            Layout = tab ? TableLayout.Tab : TableLayout.Pipe,
            LabelHeader = "Nature des dépenses",
            Columns = tab ? ["Montant (en € TTC)"] : ["Montant HT (en €)", "Montant TTC (en €)"],
            Rows = [.. items.Select((item, i) => new TableRow(item, tab ? [costs[i] * 1.2m] : [costs[i], costs[i] * 1.2m]))],
            TotalLabel = rng.Pick((string[])["Total", "Montant total", "Coût total"]),
            Bold = rng.Chance(0.7),
            Padded = rng.Chance(0.5),
            Separator = FrenchText.Separator(rng),
        };
        var total = costs.Sum() * 1.2m;
        var content = new DecisionContent
        {
            Title = $"{commune} - {_project} - Travaux de {nature} - Individualisation complémentaire d'autorisation de programme",
            Communes = commune,
        };
        Opening(content);
        content.Report.Add(Section("Contexte"));
        content.Report.Add(Prose.ContextParagraph());
        content.FillerIndex = content.Report.Count;
        content.Report.Add(Section("Description du programme"));
        var steps = rng.Sample(theme.Actions, rng.Between(2, 4));
        for (var i = 0; i < steps.Count; i++)
        {
            content.Report.Add(Point(i + 1, FrenchText.Capitalise(steps[i])));
            content.Report.Add(Prose.WorksParagraph());
        }

        content.Report.Add(Section("Coût prévisionnel de l'opération"));
        content.Report.Add($"Le coût de l'opération est estimé à {FrenchText.Euros(total, rng)} TTC, réparti comme suit :");
        content.Report.Add(table.Render());
        content.Tables.AddRange(table.Expected());
        content.Report.Add($"Il est donc proposé {Assembly} d'approuver le programme de travaux et d'individualiser complémentairement l'autorisation de programme correspondante ;");

        var schedule = Split(total, 3, 100);
        var operation = rng.Pick(theme.Operations);
        content.Articles.Add(new ArticleText($"Approuve le programme de travaux de {nature} à {commune} dans le cadre du projet {_project}."));
        content.Articles.Add(new ArticleText(
            $"Individualise complémentairement l'autorisation de programme globale {programme}, sur l'opération n° {operation}, pour un montant de {FrenchText.Euros(total, rng)} en dépenses à la charge du {theme.InvestmentBudget}, répartis selon l'échéancier prévisionnel suivant :",
            [.. schedule.Select((s, i) => $"{FrenchText.Euros(s, rng)} en {FrenchText.Int(_year + i)}{(i == schedule.Count - 1 ? "." : ",")}")]));
        content.Articles.Add(new ArticleText(Imputation(content, "dépense", "investissement", total, theme.InvestmentBudget, [_year, _year + 1, _year + 2], "23", operation, range: true)));
        return content;
    }

    private DecisionContent Acquisition()
    {
        var commune = rng.Pick(Theme.Communes);
        var goods = rng.Pick(Goods);
        var address = $"{FrenchText.Int(rng.Between(1, 180))} {rng.Pick(Theme.Streets)}";
        var owner = rng.Next(4) switch
        {
            0 => $"la société {rng.Pick((string[])["Immobilière", "Foncière", "Compagnie"])} {NamePool.Surname(rng)}",
            1 => $"Monsieur et Madame {NamePool.Surname(rng)}",
            2 => $"la commune de {commune}",
            _ => $"l'indivision {NamePool.Surname(rng)}",
        };
        var situated = goods.StartsWith("une ", StringComparison.Ordinal) ? "située" : "situé";
        var price = rng.Round(40000, 2500000, 100);
        var fees = rng.Chance(0.5) ? decimal.Round(price * 0.031m, 2) : 0m;
        var content = new DecisionContent
        {
            Title = $"{commune} - Acquisition à titre onéreux d'{goods} {situated} {address} et appartenant à {owner}",
            Communes = commune,
        };
        Opening(content);
        if (rng.Chance(0.5))
        {
            content.Report.Add(Section("Contexte"));
        }

        content.Report.Add($"Dans le cadre du projet {_project}, la Métropole envisage d'acquérir {goods} d'une superficie de {FrenchText.Int(rng.Between(40, 9000))} mètres carrés, {situated} {address} à {commune}, appartenant à {owner}.");
        content.Report.Add(Prose.ContextParagraph());
        content.FillerIndex = content.Report.Count;
        content.Report.Add($"Aux termes du compromis qui est soumis {Assembly}, le propriétaire céderait ce bien moyennant le prix de {FrenchText.Euros(price, rng)}, admis en valeur libre de toute location ou occupation, conforme à l'avis de France domaine.");
        if (fees > 0)
        {
            content.Report.Add($"Les frais d'acte notarié, estimés à {FrenchText.Euros(fees, rng)}, seront à la charge de la Métropole.");
        }

        content.Report.Add($"Il est donc proposé {Assembly} d'approuver ce compromis ;");
        content.Articles.Add(new ArticleText($"Approuve le compromis en vue de l'acquisition, à titre onéreux, pour un montant de {FrenchText.Euros(price, rng)}, d'{goods} {situated} {address} à {commune} et appartenant à {owner}, dans le cadre du projet {_project}."));
        content.Articles.Add(new ArticleText("Autorise monsieur le Président à signer ledit compromis et l'acte authentique à intervenir ainsi que tous les documents nécessaires à la régularisation de cette acquisition."));
        var op = rng.Pick(theme.Operations);
        // The seeds print operation numbers with a zero where an O belongs; the reader takes both.
        if (rng.Chance(0.1))
        {
            op = op.Replace('O', '0');
        }

        content.Articles.Add(new ArticleText(Imputation(content, "dépense", null, price + fees, "budget principal", [_year], "21", op, total: true)));
        return content;
    }

    private DecisionContent Contract()
    {
        var supply = rng.Pick(Supplies);
        var years = rng.Between(1, 4);
        var minimum = rng.Round(20000, 400000, 1000);
        var maximum = minimum * rng.Between(2, 4);
        var content = new DecisionContent
        {
            Title = $"{FrenchText.Capitalise(supply)} - Lancement d'une procédure d'appel d'offres ouvert - Autorisation de signer le marché",
        };
        Opening(content);
        content.Report.Add(Section("Contexte"));
        content.Report.Add(Prose.ContextParagraph());
        content.FillerIndex = content.Report.Count;
        content.Report.Add(Section("Objet et durée du marché"));
        content.Report.Add($"Le marché, relatif à {supply}, sera conclu pour une durée ferme de {FrenchText.Count(years)} an{(years > 1 ? "s" : "")}, reconductible de façon expresse une fois une année. Il fait l'objet d'un accord-cadre à bons de commande avec un montant minimum de {FrenchText.Euros(minimum, rng)} HT et maximum de {FrenchText.Euros(maximum, rng)} HT pour la durée ferme.");
        content.Report.Add($"Il est donc proposé {Assembly} d'autoriser le lancement de la procédure et la signature du marché correspondant ;");
        content.Articles.Add(new ArticleText($"Autorise le lancement d'une procédure d'appel d'offres ouvert pour {supply}."));
        content.Articles.Add(new ArticleText($"Autorise monsieur le Président à signer le marché correspondant pour un montant global minimum de {FrenchText.Euros(minimum, rng)} HT et maximum de {FrenchText.Euros(maximum, rng)} HT, pour une durée ferme de {FrenchText.Count(years)} an{(years > 1 ? "s" : "")}."));
        var operation = rng.Pick(theme.Operations);
        if (rng.Chance(0.6))
        {
            content.Articles.Add(new ArticleText(Imputation(content, "dépense", "fonctionnement", maximum, "budget principal", [_year], "011", operation, following: true)));
        }
        else
        {
            // Real articles often book a framework contract without an amount: the parser must say so.
            content.Articles.Add(new ArticleText(Imputation(content, "dépense", null, null, "budget principal", [_year], "011", operation, following: true)));
            content.AllowedWarnings.Add("imputation-incomplete");
        }

        return content;
    }

    /// <summary>The opening of a Commission permanente report: the Conseil's delegation it acts under.</summary>
    private void Opening(DecisionContent content)
    {
        if (!frame.IsConseil)
        {
            content.Report.Add($"Le Conseil, par sa délibération n° {frame.Delegation.Number} du {FrenchText.Date(frame.Delegation.Date)}, a délégué à la Commission permanente une partie de ses attributions. Le dossier présenté ci-après entre dans le cadre de cette délégation, selon l'article 1.{FrenchText.Int(rng.Between(1, 40))}.");
        }
    }

    /// <summary>Writes the imputation article and records what the parser should read from it.</summary>
    private string Imputation(DecisionContent content, string direction, string? section, decimal? amount, string budget, int[] years, string chapter, string? operation, bool prospective = false, bool range = false, bool total = false, bool following = false)
    {
        content.Imputations.Add(new ExpectedImputation(amount, direction, chapter, range ? [.. Enumerable.Range(years[0], years[^1] - years[0] + 1)] : years));
        return ImputationText(direction, section, amount, budget, years, chapter, operation, prospective, range, total, following);
    }

    private string ImputationText(string direction, string? section, decimal? amount, string budget, int[] years, string chapter, string? operation, bool prospective = false, bool range = false, bool total = false, bool following = false)
    {
        var subject = (direction, section) switch
        {
            (_, null) when total => "La dépense totale correspondante",
            (_, null) => "La dépense en résultant",
            ("recette", _) => $"La recette {Of(section)}{(prospective ? " prévisionnelle" : "")} en résultant",
            _ => $"La dépense {Of(section)} en résultant",
        };
        var yearsText = following ? $"exercices {FrenchText.Int(years[0])} et suivants"
            : years.Length == 1 ? $"exercice {FrenchText.Int(years[0])}"
            : range ? $"exercices {FrenchText.Int(years[0])} à {FrenchText.Int(years[^1])}"
            : $"exercices {string.Join(", ", years[..^1].Select(y => FrenchText.Int(y)))} et {FrenchText.Int(years[^1])}";
        var credits = prospective ? "à inscrire" : range ? "inscrits et à inscrire" : "inscrits";
        var amountText = amount is { } a ? $", soit {FrenchText.Euros(a, rng)}{(following ? " HT" : "")}," : "";
        var operationText = operation is null ? "" : $" - opération n° {operation}";
        return $"{subject}{amountText} sera imputée sur les crédits {credits} au {budget} - {yearsText} - chapitre {chapter}{operationText}.";

        static string Of(string section) => section == "investissement" ? "d'investissement" : "de fonctionnement";
    }

    /// <summary>The amendment of the operative part that goes with a corrected table: the article as voted, then as printed in the report.</summary>
    private void AmendArticle(DecisionContent content, int number, string after, string before)
    {
        var (head, rest) = SplitHead(after);
        var (_, restBefore) = SplitHead(before);
        content.Interventions.Add("- Dans le **DELIBERE**, il convient de lire en conséquence :");
        content.Interventions.Add($"**\"{FrenchText.Int(number)}° - {head}**{rest}\"");
        content.Interventions.Add("au lieu de :");
        content.Interventions.Add($"**\"{FrenchText.Int(number)}° - {head}**{restBefore}\"");
        content.Amendments++;

        static (string Head, string Tail) SplitHead(string text)
        {
            var cut = text.IndexOf(' ', text.IndexOf(' ', StringComparison.Ordinal) + 1);
            return (text[..cut], text[cut..]);
        }
    }

    private string Section(string title)
    {
        _section++;
        var number = Roman(_section);
        return rng.Next(4) switch
        {
            0 => $"{number} - {title}",
            1 => $"**{number} - {title}**",
            2 => $"## **{number} - {title}**",
            _ => $"#### {number} - {title}",
        };
    }

    private string Point(int n, string title) => rng.Next(4) switch
    {
        0 => $"{FrenchText.Int(n)}° - {title}",
        1 => $"**{FrenchText.Int(n)}° - {title}**",
        2 => $"### **{FrenchText.Int(n)}° - {title}**",
        _ => $"## {FrenchText.Int(n)}° - {title}",
    };

    private static string StripMarkup(string heading) => heading.TrimStart('#', ' ').Replace("**", "", StringComparison.Ordinal);

    private static string Roman(int n) => n switch
    {
        1 => "I",
        2 => "II",
        3 => "III",
        4 => "IV",
        5 => "V",
        6 => "VI",
        7 => "VII",
        _ => "VIII",
    };

    /// <summary>Splits an amount into <paramref name="parts"/> positive multiples of <paramref name="step"/> (the last takes the rest).</summary>
    private List<decimal> Split(decimal amount, int parts, int step)
    {
        var result = new List<decimal>();
        var left = amount;
        for (var i = 0; i < parts - 1; i++)
        {
            var units = (int)(left / step);
            if (units <= parts - i)
            {
                break;
            }

            var share = rng.Between(1, Math.Max(1, units / (parts - i) * 2 - 1)) * (decimal)step;
            share = Math.Min(share, left - step);
            result.Add(share);
            left -= share;
        }

        result.Add(left);
        return result;
    }
}
