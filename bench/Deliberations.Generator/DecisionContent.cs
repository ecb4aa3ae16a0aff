namespace Deliberations.Generator;

/// <summary>An article of the operative part before markup: <c>Approuve :</c> with its lettered sub-points.</summary>
internal sealed record ArticleText(string Head, IReadOnlyList<string> SubPoints)
{
    public ArticleText(string head)
        : this(head, [])
    {
    }
}

/// <summary>
/// Everything one decision says, before it is laid out: title, report blocks, what was read out in the
/// session, the articles, and what the parser should find in them.
/// </summary>
internal sealed class DecisionContent
{
    public required string Title { get; init; }

    public string? Communes { get; init; }

    /// <summary>Report blocks (paragraphs, headings, lists, tables), printed with a blank line between them.</summary>
    public List<string> Report { get; } = [];

    /// <summary>Where extra context paragraphs go when the extract is shorter than the size drawn for it.</summary>
    public int FillerIndex { get; set; }

    /// <summary>Corrections read out in the session (after <c>Vu ledit dossier</c>), already laid out.</summary>
    public List<string> Interventions { get; } = [];

    public List<ArticleText> Articles { get; } = [];

    public List<ExpectedTable> Tables { get; } = [];

    public List<ExpectedImputation> Imputations { get; } = [];

    public int Amendments { get; set; }

    public List<string> Beneficiaries { get; } = [];

    public HashSet<string> AllowedWarnings { get; } = new(StringComparer.Ordinal);
}
