using System.Text;

namespace Deliberations.Generator;

/// <summary>
/// Surnames and first names that look like a French council's: common names, names built from
/// syllables, particles (<c>de</c>, <c>Le</c>, <c>Van</c>…), compounds (<c>Dubois Bertrand</c>),
/// hyphenated names (<c>Asti-Lapperrière</c>) and accents, in the proportions the seeds suggest.
/// </summary>
internal static class NamePool
{
    private static readonly string[] Common =
    [
        "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau", "Laurent",
        "Simon", "Michel", "Lefèvre", "Leroy", "Roux", "David", "Bertrand", "Morel", "Fournier", "Girard",
        "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Muller", "Faure", "André", "Mercier",
        "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier", "François", "Legrand", "Gauthier", "Garcia", "Perrin",
        "Robin", "Clément", "Morin", "Nicolas", "Henry", "Roussel", "Mathieu", "Masson", "Marchand", "Duval",
        "Denis", "Dumont", "Lemaire", "Noël", "Meyer", "Dufour", "Meunier", "Brun", "Blanchard", "Giraud",
        "Joly", "Rivière", "Lucas", "Brunet", "Gaillard", "Barbier", "Arnaud", "Martinez", "Gérard", "Roche",
        "Renard", "Schmitt", "Leroux", "Colin", "Vidal", "Caron", "Picard", "Roger", "Fabre", "Aubert",
        "Lemoine", "Renaud", "Dumas", "Lacroix", "Olivier", "Bourgeois", "Benoît", "Rey", "Leclerc", "Rolland",
        "Guillaume", "Lecomte", "Lopez", "Dupuy", "Guillot", "Hubert", "Berger", "Carpentier", "Sanchez", "Moulin",
        "Deschamps", "Huet", "Vasseur", "Perez", "Boucher", "Fleury", "Royer", "Klein", "Jacquet", "Adam",
        "Poirier", "Marty", "Aubry", "Guyot", "Carré", "Charles", "Renault", "Charpentier", "Ménard", "Maillard",
        "Baron", "Bertin", "Bailly", "Hervé", "Schneider", "Fernandez", "Collet", "Léger", "Bouvier", "Julien",
        "Prévost", "Millet", "Perrot", "Cousin", "Germain", "Breton", "Besson", "Langlois", "Rémy", "Pelletier",
        "Lévêque", "Perrier", "Leblanc", "Barré", "Lebrun", "Marchal", "Weber", "Mallet", "Hamon", "Boulanger",
        "Monnier", "Michaud", "Guichard", "Gillet", "Étienne", "Poulain", "Tessier", "Chauvin", "Bouchet", "Gay",
        "Lemaître", "Bénard", "Maréchal", "Humbert", "Reynaud", "Antoine", "Perret", "Barthélemy", "Cordier", "Pichon",
        "Lejeune", "Gilbert", "Lamy", "Delaunay", "Pasquier", "Laporte", "Sécheresse", "Képénékian", "Hémon", "Sellès",
        "Crédoz", "Fréty", "Mône", "Debû", "Azcué", "Subaï", "Brossaud", "Vessiller", "Glatard", "Longueval",
        "Pouzol", "Eymard", "Rabatel", "Calvel", "Suchet", "Veron", "Chabrier", "Jannot", "Vesco", "Augoyard",
        "Basdereff", "Beautemps", "Berthilier", "Blachier", "Boumertit", "Broliquier", "Burricand", "Cachard", "Charmot", "Corsale",
        "Croizier", "Curtelin", "Dercamp", "Diamantidis", "Forissier", "Fromain", "Gachet", "Gascon", "Geourjon", "Ghemri",
        "Gouverneyre", "Guimet", "Hamelin", "Havard", "Hobert", "Iehl", "Jeandin", "Lavache", "Lecerf", "Moretton",
        "Nachury", "Peytavin", "Piantoni", "Piegay", "Pietka", "Pouzergue", "Quiniou", "Rabehi", "Reveyrand", "Roustan",
        "Rudigoz", "Sannino", "Sarselli", "Servien", "Sturla", "Tifra", "Uhlrich", "Vaganay", "Varenne", "Vincendet",
        "Athanaze", "Augey", "Badouard", "Bagnon", "Benahmed", "Benzeghiba", "Boffet", "Borbon", "Bouagga", "Camus",
        "Chambon", "Corazzol", "Creuze", "Dalby", "Dehan", "Doganel", "Doucet", "Dromain", "Dubot", "Edery",
        "Fournillon", "Georgel", "Giromagny", "Groperrin", "Groult", "Hémain", "Khelifi", "Kohlhaas", "Lagarde", "Lassagne",
        "Legendre", "Lungenstrass", "Marguin", "Monot", "Moreira", "Novak", "Payre", "Pelaez", "Percet", "Petiot",
        "Popoff", "Portier", "Prost", "Roch", "Seguin", "Sibeud", "Smati", "Thevenieau", "Vacher", "Zdorovtsoff",
    ];

    // Syllables end and start so that no two vowels meet: built names must read as names (Barelier, Lavilleau).
    private static readonly string[] Onsets =
    [
        "Bar", "Ber", "Bour", "Chab", "Crol", "Dal", "Dur", "Faur", "Gal", "Ger", "Grim", "Lan", "Lav", "Mar", "Mon",
        "Mor", "Pel", "Pey", "Riv", "Roub", "Ser", "Thol", "Vaur", "Ver", "Vil", "Brim", "Clav", "Frol", "Guil", "Jac",
        "Lor", "Nar", "Prad", "Sab", "Trav", "Chas", "Bes", "Cour", "Dev", "Fer", "Gon", "Mal", "Saul", "Tes", "Bal",
    ];

    private static readonly string[] Nuclei = ["", "", "", "", "", "el", "ill", "ass", "ol", "ar", "er", "on", "in", "and", "ig"];

    private static readonly string[] Endings =
    [
        "et", "ard", "and", "ier", "ière", "on", "in", "ot", "eau", "elle", "oux", "ès", "ac", "at", "ey", "ange",
        "ault", "ourd", "ène", "ié", "ez", "aud", "ère", "onnet", "oz", "ay", "ais", "one", "enc", "ard",
    ];

    private static readonly string[] BretonStems = ["Gall", "Goff", "Bihan", "Floch", "Guen", "Corre", "Meur", "Bras", "Faou", "Dantec", "Franc", "Borgne"];

    private static readonly string[] FlemishStems = ["Styvendael", "Damme", "Hecke", "Loo", "Houtte", "Acker", "Eeckhout"];

    private static readonly string[] IberianStems = ["Passano", "Costa", "Silva", "Cruz", "Rocha", "Fonseca"];

    private static readonly string[] ArabicStems = ["Faloussi", "Amrani", "Idrissi", "Mansouri", "Hadj", "Alaoui"];

    private static readonly string[] BenStems = ["Itah", "Salah", "Amor", "Youssef", "Ahmed", "Sassi"];

    private static readonly string[] WestAfricanStems = ["Diaye", "Doye", "Guessan", "Dour"];

    private static readonly string[] ItalianStems = ["Napoli", "Stefano", "Marco", "Giacomo", "Pietro"];

    private static readonly string[] MaleFirstNames =
    [
        "Jean", "Pierre", "Michel", "Philippe", "Alain", "Nicolas", "Christophe", "Patrick", "Daniel", "Bernard",
        "Thierry", "Éric", "Frédéric", "Laurent", "Olivier", "Stéphane", "David", "Pascal", "Sébastien", "Julien",
        "Jérôme", "François", "Gérard", "Bruno", "Michaël", "Grégory", "Jean-Paul", "Jean-Luc", "Jean-Michel", "Marc",
        "Yves", "Hervé", "Raphaël", "Benoît", "Cédric", "Fabien", "Mathieu", "Romain", "Damien", "Gaël",
        "Loïc", "Joël", "Anthony", "Florent", "Hugo", "Karim", "Mohamed", "Yann", "Lionel", "Denis",
    ];

    private static readonly string[] FemaleFirstNames =
    [
        "Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Françoise", "Christine", "Anne", "Valérie", "Sandrine",
        "Véronique", "Sophie", "Martine", "Céline", "Hélène", "Émeline", "Élodie", "Aurélie", "Claire", "Béatrice",
        "Laurence", "Agnès", "Chantal", "Brigitte", "Zémorda", "Inès", "Léa", "Chloé", "Anne-Sophie", "Marie-Christine",
        "Marie-Claude", "Sarah", "Elsa", "Fatiha", "Nadine", "Séverine", "Cécile", "Mélanie", "Delphine", "Florence",
        "Karine", "Murielle", "Joëlle", "Noémie", "Gaëlle", "Maud", "Pascale", "Corinne", "Myriam", "Yasmina",
    ];

    public static string Surname(Random rng) => rng.NextDouble() switch
    {
        < 0.04 => "de " + Simple(rng),
        < 0.07 => "Le " + rng.Pick(BretonStems),
        < 0.08 => "Van " + rng.Pick(FlemishStems),
        < 0.09 => "Da " + rng.Pick(IberianStems),
        < 0.10 => "El " + rng.Pick(ArabicStems),
        < 0.105 => "Ben " + rng.Pick(BenStems),
        < 0.11 => "Di " + rng.Pick(ItalianStems),
        < 0.115 => "N'" + rng.Pick(WestAfricanStems),
        < 0.17 => Simple(rng) + "-" + Simple(rng),
        < 0.20 => Simple(rng) + " " + Simple(rng),
        _ => Simple(rng),
    };

    public static string FirstName(Random rng, bool woman) => rng.Pick(woman ? FemaleFirstNames : MaleFirstNames);

    /// <summary>Lower case, no accents, letters only: two spellings with the same key are the same name.</summary>
    public static string Key(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (char.IsLetter(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// A typing slip in a list: one letter doubled, dropped, or swapped with the next. It falls in the
    /// last word and never on its first letter, which is where a typist's eye does not catch it.
    /// Returns the name unchanged when no slip fits (very short names).
    /// </summary>
    public static string Slip(string name, Random rng)
    {
        var start = name.LastIndexOfAny([' ', '-', '\'']) + 1;
        if (name.Length - start < 4)
        {
            return name;
        }

        for (var attempt = 0; attempt < 10; attempt++)
        {
            var i = rng.Next(start + 1, name.Length);
            if (!char.IsLetter(name[i]))
            {
                continue;
            }

            var slipped = rng.Next(3) switch
            {
                0 => name.Insert(i, new string(name[i], 1)),
                1 => name.Remove(i, 1),
                _ when i + 1 < name.Length && char.IsLetter(name[i + 1]) && name[i] != name[i + 1]
                    => string.Concat(name.AsSpan(0, i), new string([name[i + 1], name[i]]), name.AsSpan(i + 2)),
                _ => name,
            };
            if (!string.Equals(slipped, name, StringComparison.Ordinal))
            {
                return slipped;
            }
        }

        return name;
    }

    private static string Simple(Random rng) => rng.Chance(0.75) ? rng.Pick(Common) : Syllabic(rng);

    private static string Syllabic(Random rng) => rng.Pick(Onsets) + rng.Pick(Nuclei) + rng.Pick(Endings);
}
