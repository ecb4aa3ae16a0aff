namespace Deliberations.Web.Data.Entities;

public enum StaleKind
{
    /// <summary>The figures counted over the whole register (<c>RegisterFigures</c>); <see cref="StaleFigure.Id"/> is 0.</summary>
    Register,

    /// <summary>A sitting's figures (<c>SittingTallies</c>).</summary>
    Sitting,

    /// <summary>An official's display name, the spelling printed most often.</summary>
    Official,
}

/// <summary>
/// Figures an import changed the data of and has not counted again yet. Written in the same
/// transaction as the documents that made them stale, and deleted once counted: an import killed
/// before its end leaves them here, and the next import or start of the site counts them.
/// </summary>
public sealed class StaleFigure
{
    public StaleKind Kind { get; set; }

    public int Id { get; set; }
}
