namespace Deliberations.Generator;

/// <summary>A budget table as the parser should read it: its rows (total row included) and the values of its total row.</summary>
internal sealed record ExpectedTable(int Rows, IReadOnlyList<decimal?> Totals);

/// <summary>An imputation article as written: amount (null when the article gives none), direction, chapter, years.</summary>
internal sealed record ExpectedImputation(decimal? Amount, string Direction, string Chapter, IReadOnlyList<int> Years);

/// <summary>A person of the header: surname as printed, first name when printed, role when printed.</summary>
internal sealed record ExpectedPerson(string Civility, string Surname, string? FirstName, string? Role);

/// <summary>What the generator wrote in one extract, for <c>--check</c> to compare with what the parser reads.</summary>
internal sealed record ExpectedExtract
{
    public required string File { get; init; }

    public required string Number { get; init; }

    public required string Body { get; init; }

    public required DateOnly Date { get; init; }

    public required int? MembersInOffice { get; init; }

    public required int Present { get; init; }

    public required int Excused { get; init; }

    public required int Proxies { get; init; }

    public required int Unexcused { get; init; }

    public required ExpectedPerson President { get; init; }

    public required ExpectedPerson Rapporteur { get; init; }

    public required ExpectedPerson Secretary { get; init; }

    public required int Articles { get; init; }

    /// <summary>After amendments: a corrected table replaces the report's.</summary>
    public required IReadOnlyList<ExpectedTable> Tables { get; init; }

    public required IReadOnlyList<ExpectedImputation> Imputations { get; init; }

    public required int Amendments { get; init; }

    /// <summary>Organisations the articles pay, by name.</summary>
    public required IReadOnlyList<string> Beneficiaries { get; init; }

    public required DateOnly LegalityDate { get; init; }

    /// <summary>Warnings the text deserves (an imputation without an amount, a proxy given to a misspelt name…).</summary>
    public required IReadOnlySet<string> AllowedWarnings { get; init; }
}
