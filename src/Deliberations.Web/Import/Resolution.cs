namespace Deliberations.Web.Import;

public enum ResolutionKind
{
    /// <summary>A spelling already joined to the official.</summary>
    Known,

    /// <summary>A new spelling joined to an existing official (a typing variant).</summary>
    Variant,

    /// <summary>A new official.</summary>
    New,

    /// <summary>A spelling that was a variant, split off because the extract lists it beside its official.</summary>
    Split,
}

/// <summary>Who a printed name is, and why: the reason is stored with every new spelling.</summary>
public sealed record Resolution(PrintedName Name, KnownOfficial Official, ResolutionKind Kind, string Reason, KnownOfficial? SplitFrom = null);
