namespace Deliberations.Web.Data.Entities;

/// <summary>
/// An elected official within one council term. The same name in two terms is two records: nothing
/// in the extracts proves it is the same person, unless the curated roster says so (<see cref="PersonKey"/>).
/// </summary>
public sealed class Official
{
    public int Id { get; set; }

    /// <summary>The council the official sits on: officials are never joined across councils.</summary>
    public int CouncilId { get; set; } = Council.HomeId;

    public DateOnly TermStart { get; set; }

    /// <summary><c>M.</c>, <c>Mme</c>, or null when the documents give none.</summary>
    public string? Civility { get; set; }

    /// <summary>The spelling printed most often.</summary>
    public required string Surname { get; set; }

    /// <summary>From a header that prints the full name (<c>Madame Émeline Baume</c>).</summary>
    public string? FirstName { get; set; }

    /// <summary>The accent-, case- and punctuation-free surname reconciliation compares.</summary>
    public required string SurnameKey { get; set; }

    /// <summary>Stable URL part: <c>mme-baume-2020</c>.</summary>
    public required string Slug { get; set; }

    /// <summary>Shared by records the curated roster declares to be one person across terms.</summary>
    public string? PersonKey { get; set; }

    public List<OfficialSpelling> Spellings { get; set; } = [];

    /// <summary>
    /// The official's figures over the register, computed by the import for the officials it touched
    /// (<c>OfficialWriter.RefreshAsync</c>): counted per request, grouping 2.6 million attendance
    /// lines made <c>/elus</c> take 9 s at 20,000 extracts.
    /// </summary>
    public int PresentCount { get; set; }

    public int ExcusedCount { get; set; }

    public int UnexcusedCount { get; set; }

    /// <summary>Excused lines where another official carries the vote.</summary>
    public int ProxiesGivenCount { get; set; }

    public int ProxiesHeldCount { get; set; }

    /// <summary>Decisions the official reported.</summary>
    public int ReportCount { get; set; }
}
