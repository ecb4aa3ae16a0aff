using Deliberations.Core.Parsing;

namespace Deliberations.Core.Tests.Support;

/// <summary>Builds the inputs of a reader from a few lines of text, so each reader is tested on its own.</summary>
public sealed class Snippet
{
    private Snippet(string text)
    {
        Source = SourceText.FromString(text);
        Map = DocumentMap.Build(Source);
    }

    public SourceText Source { get; }

    public DocumentMap Map { get; }

    public DiagnosticBag Diagnostics { get; } = new();

    public IEnumerable<string> Codes => Diagnostics.Items.Select(d => d.Code);

    public static Snippet Of(params string[] lines) => new(string.Join("\n", lines));

    public LineRange All => new(0, Source.Lines.Count);
}
