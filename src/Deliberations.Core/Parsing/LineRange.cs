namespace Deliberations.Core.Parsing;

/// <summary>A half-open range of line indices (0-based) of a <see cref="SourceText"/>.</summary>
public readonly record struct LineRange(int Start, int End)
{
    public static readonly LineRange None = new(0, 0);

    public bool IsEmpty => End <= Start;

    public int Length => Math.Max(0, End - Start);

    public IEnumerable<int> Indices()
    {
        for (var i = Start; i < End; i++)
        {
            yield return i;
        }
    }
}
