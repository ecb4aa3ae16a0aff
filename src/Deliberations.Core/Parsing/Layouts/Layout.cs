using System.Text.RegularExpressions;
using Deliberations.Core.Model;

namespace Deliberations.Core.Parsing.Layouts;

/// <summary>
/// A document layout, side by side with the others: what kind of document it is and what it prints,
/// as data. The readers are the same for all; what is Lyon's or the minutes' is here.
/// </summary>
/// <param name="Name">A short name for messages and tests.</param>
/// <param name="Lists">How its attendance lists print names.</param>
/// <param name="Extract">For a one-decision layout: its anchors, labels, numbering, articles, amendments.</param>
/// <param name="ItemNumberings">For minutes: how items are numbered, tried in order.</param>
public sealed record Layout(string Name, DocumentKind Kind, ListStyle Lists, ExtractStyle? Extract, IReadOnlyList<Regex> ItemNumberings)
{
    /// <summary>The Métropole de Lyon's extract of the register.</summary>
    public static readonly Layout Lyon = new("lyon-extract", DocumentKind.Extract, LyonLayout.Lists, LyonLayout.Extract, []);

    /// <summary>The minutes of a whole sitting, as the other councils of the corpus print them.</summary>
    public static readonly Layout Minutes = new("sitting-minutes", DocumentKind.Minutes, MinutesLayout.Lists, null, MinutesLayout.ItemNumberings);
}
