namespace Deliberations.Core.Model;

/// <summary>One numbered decision of a sitting's minutes.</summary>
/// <param name="Number">As printed (<c>2013.02.04 - 2</c>, <c>2014/25</c>, <c>3</c>), or null.</param>
/// <param name="Line">1-based line of its heading.</param>
/// <param name="Amounts">The amounts in euros its text states, in order.</param>
public sealed record SittingItem(string? Number, string Title, int Line, IReadOnlyList<decimal> Amounts);
