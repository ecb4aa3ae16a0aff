namespace Deliberations.Web.Import;

/// <summary>What reconciliation knows of one official of one council's term: the keys of every spelling joined to them.</summary>
public sealed class KnownOfficial(CouncilTerm term, string? civility, string firstSpelling)
{
    public CouncilTerm Term { get; } = term;

    public string? Civility { get; } = civility;

    /// <summary>The database id; 0 until the official is saved.</summary>
    public int Id { get; set; }

    /// <summary>The spelling this record was created from (reasons name the official by it).</summary>
    public string FirstSpelling { get; } = firstSpelling;

    public HashSet<string> Keys { get; } = [];

    /// <summary>Whether the record already has a first name, so later headers need not give it one.</summary>
    public bool HasFirstName { get; set; }

    /// <summary>The spellings as printed, to store each new one once with its reason.</summary>
    public HashSet<string> Spellings { get; } = new(StringComparer.Ordinal);

    public string Label => Civility is null ? FirstSpelling : $"{Civility} {FirstSpelling}";
}
