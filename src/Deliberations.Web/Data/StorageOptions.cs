namespace Deliberations.Web.Data;

/// <summary>The <c>Deliberations</c> configuration section.</summary>
public sealed class StorageOptions
{
    public const string Section = "Deliberations";

    /// <summary>The SQLite file; its folder is created. Relative paths are from the working directory.</summary>
    public string Database { get; set; } = Path.Combine("data", "deliberations.db");

    /// <summary>
    /// The folder of the CSV export files, written at the end of each import; null: beside the store,
    /// <c>deliberations.db.exports/</c>. A backup need not include it: the site writes it again.
    /// </summary>
    public string? Exports { get; set; }

    /// <summary>Extracts imported when the database is empty; null: the repository's <c>seeds/</c>, when found.</summary>
    public string? Seeds { get; set; }

    /// <summary>The curated roster of people across terms; null: <c>roster.csv</c> in the seeds folder, when there is one.</summary>
    public string? Roster { get; set; }

    /// <summary>First day of each council term, oldest first. An official's record belongs to one term.</summary>
    public List<DateOnly> Terms { get; set; } = [];

    /// <summary>First day of each municipal term, the terms of every council but the site's own.</summary>
    public List<DateOnly> MunicipalTerms { get; set; } = [];
}
