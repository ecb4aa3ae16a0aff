namespace Deliberations.Generator;

/// <summary>An organisation the Métropole funds or works with: <c>l'association Réseau des territoires innovants</c>.</summary>
internal sealed record Organisation(string Name, string? Acronym = null)
{
    /// <summary>As the articles print it after <c>l'association</c>: name, then the acronym in parentheses.</summary>
    public string Printed => Acronym is null ? Name : $"{Name} ({Acronym})";
}

/// <summary>A co-funder of projects: who pays, what the convention is with, and which fund.</summary>
/// <param name="Short">For the table column: <c>Financement DINUM (recettes) (en €)</c>.</param>
/// <param name="WithArticle">After "de": <c>de la DINUM</c>.</param>
internal sealed record Funder(string Short, string WithArticle, string Partner, string Fund);

/// <summary>
/// A policy area: the commission that examines its decisions, the services that write them (2015 and
/// 2020 organisation charts), its vocabulary, its recurring projects and organisations, and where its
/// money is booked.
/// </summary>
internal sealed record Theme(
    string Commission,
    string ServiceBefore2020,
    string ServiceFrom2020,
    string Domain,
    string Policy,
    string[] Goals,
    string[] Actions,
    string[] Projects,
    Organisation[] Organisations,
    string[] Operations,
    string InvestmentBudget)
{
    public static readonly Funder[] Funders =
    [
        new("DINUM", "la DINUM", "l'Etat - DINUM", "fonds Transformation numérique des collectivités territoriales de France Relance"),
        new("ANCT", "l'ANCT", "l'ANCT", "fonds Coconstruction de services numériques de France Relance"),
        new("FEDER", "l'Union européenne", "la Région Auvergne-Rhône-Alpes, autorité de gestion du FEDER", "programme opérationnel FEDER-FSE Rhône-Alpes"),
        new("ADEME", "l'ADEME", "l'ADEME", "fonds chaleur renouvelable"),
        new("Région", "la Région Auvergne-Rhône-Alpes", "la Région Auvergne-Rhône-Alpes", "contrat Ambition Région"),
        new("Etat", "l'Etat", "l'Etat", "dotation de soutien à l'investissement local"),
    ];

    public static readonly string[] Communes =
    [
        "Lyon", "Villeurbanne", "Vénissieux", "Vaulx-en-Velin", "Bron", "Caluire-et-Cuire", "Saint-Priest", "Rillieux-la-Pape",
        "Meyzieu", "Oullins", "Décines-Charpieu", "Sainte-Foy-lès-Lyon", "Écully", "Tassin-la-Demi-Lune", "Givors", "Saint-Genis-Laval",
        "Mions", "Francheville", "Craponne", "Champagne-au-Mont-d'Or", "Limonest", "Dardilly", "Neuville-sur-Saône", "Fontaines-sur-Saône",
        "Saint-Fons", "Feyzin", "Corbas", "Chassieu", "Irigny", "Pierre-Bénite", "La Mulatière", "Charbonnières-les-Bains",
        "Saint-Didier-au-Mont-d'Or", "Saint-Cyr-au-Mont-d'Or", "Collonges-au-Mont-d'Or", "Genay", "Jonage", "Grigny", "Albigny-sur-Saône",
    ];

    public static readonly string[] Streets =
    [
        "rue Garibaldi", "avenue Jean Jaurès", "rue de la République", "boulevard des États-Unis", "chemin de Saint-Bonnet",
        "rue Paul Bert", "avenue Roger Salengro", "rue du Professeur Beauvisage", "route de Genas", "rue Édouard Herriot",
        "avenue de la Table de Pierre", "rue Marcel Cachin", "chemin des Vignes", "rue Anatole France", "montée de la Grande Côte",
    ];

    public static readonly Theme[] All =
    [
        new(
            "développement économique, numérique, insertion et emploi",
            "Direction générale déléguée au développement économique, à l'emploi et aux savoirs - Direction de l'innovation numérique et des systèmes d'information",
            "Délégation Développement responsable - Direction Innovation numérique et systèmes d'information",
            "de l'innovation numérique",
            "ville intelligente et numérique",
            [
                "moderniser l'administration", "déployer des services numériques à l'usager", "valoriser la donnée publique",
                "réduire la fracture numérique", "accompagner les usagers dans leurs usages", "garantir la loyauté et la confiance dans l'environnement numérique",
                "soutenir l'émergence de services innovants", "favoriser l'ouverture des données du territoire",
            ],
            [
                "la délivrance de services numériques thématiques sur l'ensemble des politiques publiques", "un accès personnalisé et simplifié à des bouquets de services",
                "l'association de l'usager à la conception des services", "des démarches d'innovation ouverte avec les acteurs du territoire",
                "l'accompagnement des expérimentations sur le territoire", "la mise à disposition de données de qualité sur la plateforme data.grandlyon.com",
                "la formation des agents aux nouveaux outils numériques", "l'accompagnement des communes dans l'ouverture de leurs données",
            ],
            ["Laclasse.com", "GrandLyon Connect Pro", "DatAgora", "Toodego", "DatAtlas", "Plateforme Data", "MAGALI", "Interpretable", "Self data territorial", "Open data communal", "Archipel", "Guichet numérique"],
            [
                new("Réseau des territoires innovants"), new("Lyon French Tech", "LFT"), new("Numérique en commun"), new("Fabrique des usages"),
                new("Tubà"), new("Lyon Data Club"), new("Coop des communs"), new("Cyber Rhône"), new("Fondation internet nouvelle génération", "FING"),
            ],
            ["0P02O4984", "0P02O2516", "0P02O5307", "0P02O4377"],
            "budget principal"),
        new(
            "éducation, culture, patrimoine et sport",
            "Direction générale déléguée au développement économique, à l'emploi et aux savoirs - Direction de la culture et du patrimoine",
            "Délégation Développement économique, emploi et savoirs - Direction Culture et vie associative",
            "de la culture et du patrimoine",
            "culture, patrimoine et sport",
            [
                "favoriser l'accès de tous à la culture", "soutenir la création artistique", "valoriser le patrimoine métropolitain",
                "développer l'éducation artistique dans les collèges", "encourager la pratique sportive", "accompagner les grands événements du territoire",
                "renforcer le rayonnement international de la Métropole", "soutenir les lieux de diffusion de proximité",
            ],
            [
                "des ateliers de pratique artistique dans les collèges", "des résidences d'artistes dans les quartiers prioritaires",
                "des visites commentées des sites patrimoniaux", "un programme de conférences ouvertes à tous", "des actions de médiation à destination des publics éloignés",
                "un festival itinérant dans les communes de l'est lyonnais", "des rencontres sportives inter-collèges", "la numérisation des collections",
            ],
            ["Biennale de la danse", "Musée Lugdunum", "Collèges en scène", "Parcours patrimoine", "Run in Lyon", "Festival Lumière", "Quais du polar", "Mémoires des quartiers", "Sport dans les collèges", "Nuits de Fourvière", "Fête des lumières"],
            [
                new("Quais du polar"), new("Institut Lumière"), new("Villa Gillet"), new("Les Subsistances"), new("Ensemble instrumental de Lyon", "EIL"),
                new("Ciné Duchère"), new("Arts en scène"), new("Musique et patrimoine"), new("Comité départemental olympique et sportif", "CDOS"),
            ],
            ["0P33O5112", "0P33O2804", "0P34O4390", "0P33O4815"],
            "budget principal"),
        new(
            "développement solidaire et action sociale",
            "Direction générale déléguée au développement solidaire et à l'habitat - Direction de l'insertion et de l'emploi",
            "Délégation Solidarités, habitat et éducation - Direction Insertion et emploi",
            "de l'insertion et de la solidarité",
            "solidarités et insertion",
            [
                "favoriser le retour à l'emploi des allocataires du RSA", "lutter contre la précarité énergétique", "accompagner les personnes âgées et les personnes en situation de handicap",
                "prévenir l'exclusion des jeunes", "renforcer l'accès aux droits", "soutenir les structures d'insertion par l'activité économique",
                "développer l'offre d'accueil du jeune enfant", "coordonner les acteurs de l'aide alimentaire",
            ],
            [
                "un accompagnement renforcé vers l'emploi des allocataires du RSA", "des permanences d'accès aux droits dans les maisons de la Métropole",
                "des chantiers d'insertion dans les métiers du bâtiment", "une aide à la mobilité pour les demandeurs d'emploi", "des actions collectives de remobilisation",
                "un suivi individualisé des jeunes sortant de l'aide sociale à l'enfance", "la distribution de colis alimentaires", "des ateliers de sensibilisation aux économies d'énergie",
            ],
            ["Programme métropolitain d'insertion pour l'emploi", "Territoire zéro chômeur", "Maison métropolitaine des solidarités", "Plateforme mobilité emploi", "Logement d'abord", "Revenu solidarité jeunes", "Service public de l'insertion", "Pass numérique", "Cap emploi séniors"],
            [
                new("Habitat et humanisme"), new("Entraide Pierre Valdo"), new("Alynea"), new("Médiance"), new("Le Mas"),
                new("Aralis"), new("Passerelle emploi"), new("Solidarité mobilité"), new("Lyon Insertion"),
            ],
            ["0P28O2867", "0P28O4417", "0P36O5190", "0P28O3980"],
            "budget principal"),
        new(
            "urbanisme, habitat, logement et politique de la ville",
            "Direction générale déléguée au développement urbain et au cadre de vie - Direction du foncier et de l'immobilier",
            "Délégation Urbanisme et mobilités - Direction Foncier et immobilier",
            "de l'habitat et du renouvellement urbain",
            "habitat et logement",
            [
                "produire une offre de logements abordables", "requalifier les quartiers de la politique de la ville", "lutter contre l'habitat indigne",
                "accompagner la rénovation énergétique des copropriétés", "maîtriser le foncier nécessaire aux projets urbains", "favoriser la mixité sociale",
                "reconstituer l'offre de logements sociaux démolis", "renforcer l'attractivité des centres-bourgs",
            ],
            [
                "l'acquisition des emprises nécessaires à l'aménagement des espaces publics", "la démolition des bâtiments vétustes", "la réalisation d'un groupe scolaire",
                "la création d'un parc public", "la réhabilitation de logements sociaux", "l'aménagement d'une place piétonne", "la restructuration d'un centre commercial", "la création de locaux d'activités",
            ],
            ["Carré de Soie", "Part-Dieu", "Confluence", "Gerland", "Lyon-Duchère", "Grand Parilly", "Mas du Taureau", "Vaulx-en-Velin Centre", "Terraillon", "Minguettes"],
            [
                new("Soliha Rhône"), new("Agence d'urbanisme de l'aire métropolitaine lyonnaise", "UrbaLyon"), new("Maison de l'habitat"),
                new("Habitat et humanisme"), new("Coopérative Rhône Habitat"), new("Union sociale pour l'habitat", "USH"),
            ],
            ["0P07O2753", "0P07O4488", "0P17O5026", "0P07O3391"],
            "budget principal"),
        new(
            "déplacements et voirie",
            "Direction générale déléguée au développement urbain et au cadre de vie - Direction de la voirie",
            "Délégation Urbanisme et mobilités - Direction Voirie",
            "des mobilités et de la voirie",
            "déplacements et voirie",
            [
                "sécuriser les déplacements des piétons et des cyclistes", "apaiser la circulation dans les centres", "développer le réseau cyclable structurant",
                "améliorer l'accessibilité des arrêts de transports en commun", "entretenir le patrimoine d'ouvrages d'art", "réduire les nuisances sonores",
                "accompagner le développement des transports en commun", "améliorer la qualité de l'air",
            ],
            [
                "la création d'une piste cyclable bidirectionnelle", "l'élargissement des trottoirs", "la reprise de la chaussée et des réseaux",
                "la plantation d'arbres d'alignement", "la mise en accessibilité des quais de bus", "la création d'un plateau traversant", "le renouvellement de l'éclairage public", "la reprise des joints de dilatation du pont",
            ],
            ["Voies lyonnaises", "Boulevard urbain est", "Plan modes actifs", "Pont Schuman", "Tunnel de la Croix-Rousse", "Zone à faibles émissions", "Véloroute Via Rhôna", "Pôle d'échanges de Vaise", "Rue Garibaldi"],
            [new("La Ville à vélo"), new("Pignon sur rue"), new("Prévention routière"), new("Maison du vélo"), new("Covoiturage Rhône")],
            ["0P09O5127", "0P09O2380", "0P09O4412", "0P08O4856"],
            "budget principal"),
        new(
            "proximité, environnement et agriculture",
            "Direction générale déléguée au développement urbain et au cadre de vie - Direction de l'eau",
            "Délégation Développement responsable - Direction Eau et déchets",
            "de l'environnement et de l'eau",
            "environnement, eau et déchets",
            [
                "préserver la ressource en eau", "réduire la production de déchets", "adapter le territoire au changement climatique",
                "développer la nature en ville", "accompagner la transition agricole", "améliorer la qualité des cours d'eau",
                "lutter contre les îlots de chaleur", "développer le compostage de proximité",
            ],
            [
                "le renouvellement des canalisations d'eau potable", "la désimperméabilisation des cours d'écoles", "la création de noues d'infiltration",
                "l'installation de composteurs partagés", "la plantation de 300 arbres", "la restauration des berges", "la mise en place d'une collecte des biodéchets", "le suivi de la qualité des eaux de baignade",
            ],
            ["Plan climat air énergie territorial", "Station d'épuration de Pierre-Bénite", "Champ captant de Crépieux-Charmy", "Plan canopée", "Compostage partagé", "Zéro déchet", "Projet alimentaire territorial", "Trame verte et bleue", "Cours d'écoles nature"],
            [new("Anciela"), new("Zéro déchet Lyon"), new("Arthropologia"), new("Naturama"), new("Terre de liens", "TDL"), new("Eisenia")],
            ["0P25O2461", "0P25O4920", "0P24O3155", "0P27O5348"],
            "budget annexe des eaux"),
        new(
            "finances, institutions, ressources et organisation territoriale",
            "Direction générale déléguée aux ressources - Direction des finances",
            "Délégation Ressources - Direction Finances",
            "de la gestion des ressources",
            "ressources et organisation territoriale",
            [
                "maîtriser les dépenses de fonctionnement", "moderniser la gestion des ressources humaines", "sécuriser les achats publics",
                "optimiser la gestion du patrimoine immobilier", "renforcer le dialogue avec les communes", "améliorer la qualité du service rendu aux usagers",
                "réduire l'empreinte environnementale de l'administration", "développer la dématérialisation des procédures",
            ],
            [
                "la dématérialisation des factures", "la mutualisation des achats avec les communes", "le renouvellement de la flotte de véhicules",
                "la rénovation énergétique des bâtiments administratifs", "la formation des agents aux marchés publics", "la mise en place d'un contrôle interne", "la centralisation des archives", "la refonte du système d'information financier",
            ],
            ["Schéma directeur immobilier", "Plan de mutualisation", "Achats responsables", "Territoire zéro papier", "Gestion de la dette"],
            [new("Centre de gestion du Rhône", "CDG69"), new("Comité des œuvres sociales", "COS"), new("Cités unies France", "CUF")],
            ["0P12O3780", "0P12O2093", "0P13O4610", "0P12O5171"],
            "budget principal"),
    ];
}
