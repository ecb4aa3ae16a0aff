using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Deliberations.Core.Model;

namespace Deliberations.Core.Parsing.Readers;

/// <summary>
/// Reads the operative part: the verb (<c>DELIBERE</c> for the Conseil, <c>DECIDE</c> for the
/// Commission permanente), then articles <c>1° - …</c> (or <c>Article 1 : …</c>) with lettered
/// sub-points <c>a) - …</c>. Lines that follow an article or sub-point continue it.
/// </summary>
public static partial class OperativePartReader
{
    public static OperativePart Read(SourceText source, DocumentMap map, DiagnosticBag diagnostics)
    {
        if (map.OperativeVerb < 0)
        {
            return OperativePart.Empty;
        }

        var verbLine = source.Lines[map.OperativeVerb];
        var verb = French.Fold(verbLine.Plain.TrimEnd(':', ' ')).ToUpperInvariant();
        var articles = new List<Article>();
        ArticleBuilder? current = null;
        foreach (var i in map.Operative.Indices())
        {
            var line = source.Lines[i];
            if (line.IsBlank)
            {
                continue;
            }

            var article = map.Style.ArticleStart.Match(line.Plain);
            if (article.Success)
            {
                Flush();
                current = new ArticleBuilder(article.Groups["n"].Value + "°", line.Number);
                current.Append(article.Groups["text"].Value);
                continue;
            }

            if (current is null)
            {
                diagnostics.Info("operative-unplaced", line.Number, $"Texte du dispositif avant le premier article : « {Shorten(line.Plain)} ».");
                continue;
            }

            var sub = map.Style.SubPointStart.Match(line.Plain);
            if (sub.Success)
            {
                current.AddSubPoint(sub.Groups["label"].Value + ")", sub.Groups["text"].Value, line.Number);
            }
            else
            {
                current.Append(line.Plain);
            }
        }

        Flush();
        if (articles.Count == 0)
        {
            diagnostics.Warning("no-articles", verbLine.Number, "Dispositif sans article numéroté.");
        }

        for (var k = 0; k < articles.Count; k++)
        {
            var expected = (k + 1).ToString(CultureInfo.InvariantCulture) + "°";
            if (articles[k].Number != expected)
            {
                diagnostics.Warning("article-sequence", articles[k].Line, $"Article {articles[k].Number} à la place de {expected}.");
                break;
            }
        }

        return new OperativePart(verb, articles, verbLine.Number);

        void Flush()
        {
            if (current is not null)
            {
                articles.Add(current.Build());
            }

            current = null;
        }
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";

    private sealed class ArticleBuilder(string number, int line)
    {
        private readonly StringBuilder _text = new();
        private readonly List<SubPoint> _subPoints = [];
        private StringBuilder? _subText;
        private string? _subLabel;
        private int _subLine;

        public void Append(string text)
        {
            var target = _subText ?? _text;
            if (target.Length > 0 && text.Length > 0)
            {
                target.Append(' ');
            }

            target.Append(text.Trim());
            if (_subText is not null)
            {
                _text.Append(' ').Append(text.Trim());
            }
        }

        public void AddSubPoint(string label, string text, int subLine)
        {
            CloseSubPoint();
            _subLabel = label;
            _subLine = subLine;
            _subText = new StringBuilder(text.Trim());
            _text.Append(' ').Append(label).Append(' ').Append(text.Trim());
        }

        public Article Build()
        {
            CloseSubPoint();
            return new Article(number, _text.ToString().Trim(), _subPoints, line);
        }

        private void CloseSubPoint()
        {
            if (_subText is not null && _subLabel is not null)
            {
                _subPoints.Add(new SubPoint(_subLabel, _subText.ToString().Trim(), _subLine));
            }

            _subText = null;
            _subLabel = null;
        }
    }

}
