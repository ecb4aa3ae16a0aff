namespace Deliberations.Core.Model;

/// <summary>One figure an amendment changed, e.g. the DINUM revenue of DatAgora: 180 000 → 180 800.</summary>
/// <param name="Label">Where the figure stands: a table row label, or the sentence around it.</param>
public sealed record AmendedValue(string Label, decimal Before, decimal After);

/// <summary>
/// A correction read out in the session: <c>il convient de lire : … au lieu de : …</c>.
/// The corrected text is what counts; the replaced text is kept here.
/// </summary>
/// <param name="Target">What the correction applies to, as printed (<c>Dans l'exposé des motifs, … 6° Budget</c>).</param>
public sealed record Amendment(string Target, string CorrectedText, string ReplacedText, IReadOnlyList<AmendedValue> Changes, int Line);
