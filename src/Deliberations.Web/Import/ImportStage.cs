namespace Deliberations.Web.Import;

/// <summary>The parts of storing one document, each of which may fail alone; their French names are what a failure says.</summary>
public enum ImportStage
{
    /// <summary>The source text and the parser's diagnostics: without them nothing is stored.</summary>
    Source,

    /// <summary>The decision, its sitting and its parts (articles, tables, imputations).</summary>
    Decision,

    /// <summary>The attendance lists and header officials joined to the officials of the term.</summary>
    Officials,

    /// <summary>Projects and organisations the decision names or pays.</summary>
    Funding,

    /// <summary>The full-text entry.</summary>
    Search,
}

public static class ImportStageNames
{
    public static string French(this ImportStage stage) => stage switch
    {
        ImportStage.Source => "texte source",
        ImportStage.Decision => "décision",
        ImportStage.Officials => "élus et présences",
        ImportStage.Funding => "projets et bénéficiaires",
        _ => "index de recherche",
    };
}
