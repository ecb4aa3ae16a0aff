namespace Deliberations.Web.Data.Entities;

/// <summary>A surname as printed in some extract, joined to an official, with the reason it was joined.</summary>
public sealed class OfficialSpelling
{
    public int Id { get; set; }

    public int OfficialId { get; set; }

    public required string Spelling { get; set; }

    public required string Key { get; set; }

    /// <summary>Why this spelling belongs to this official, in French, for the official's page.</summary>
    public required string Reason { get; set; }

    /// <summary>The document where the spelling was first seen.</summary>
    public int FirstDocumentId { get; set; }

    /// <summary>
    /// The attendance lines that print it, kept by the import with each document it stores
    /// (<c>OfficialTallyBook</c>): a variant printed once was a slip, and the spelling printed most
    /// often names the official (<c>DisplayNames</c>). Grouped per request, the busiest official's
    /// page read its 100,000 lines at 200,000 extracts (440 ms).
    /// </summary>
    public int Printed { get; set; }
}
