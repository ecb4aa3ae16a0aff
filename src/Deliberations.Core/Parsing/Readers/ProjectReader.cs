using System.Globalization;
using System.Text.RegularExpressions;
using Deliberations.Core.Model;

namespace Deliberations.Core.Parsing.Readers;

/// <summary>
/// Reads the named projects a decision approves or funds, from three places, in this order of trust:
/// the numbered points of a report section about projects (<c>II - Projets soutenus … / 1° - Laclasse.com</c>),
/// a title that opens with one (<c>Projet Self data territorial - Convention …</c>), and a quoted name
/// after a project word in the title or the articles (<c>l'expérimentation "open-data communal"</c>).
/// A project's amount is the first value of its row in a budget table, when a row carries its name.
/// Only names the text gives are kept: a lowercase phrase after <c>Projet</c> is a description, not a name.
/// Diagnostics: <c>project-amount-ambiguous</c> (info) when rows that could be the project disagree.
/// </summary>
public static partial class ProjectReader
{
    /// <summary>A longer "name" is a sentence caught between two stray quotes.</summary>
    private const int MaxNameLength = 100;

    /// <summary>How far back a project word may stand from the quote it introduces (<c>laboratoire d'innovations territoriales "@rchipel"</c>).</summary>
    private const int WordsBeforeQuote = 4;

    /// <summary>Keys shorter than this match too many labels by prefix.</summary>
    private const int MinKeyLength = 3;

    private static readonly CultureInfo FrenchCulture = CultureInfo.GetCultureInfo("fr-FR");

    private static readonly HashSet<string> ProjectWords = new(StringComparer.Ordinal)
    {
        "projet", "experimentation", "laboratoire", "programme", "dispositif", "plateforme", "demarche",
    };

    /// <summary>Points of a project section that frame the projects rather than name one (as keys).</summary>
    private static readonly HashSet<string> GenericTitles = new(StringComparer.Ordinal)
    {
        "budget", "budgetprevisionnel", "budgetglobal", "contexte", "objectif", "objectifs", "financement",
        "plandefinancement", "calendrier", "bilan", "synthese", "gouvernance", "evaluation", "perspectives",
        "presentation", "modalites", "conclusion", "introduction", "descriptif",
    };

    public static IReadOnlyList<NamedProject> Read(Header header, Report report, OperativePart operative, IReadOnlyList<BudgetTable> tables, DiagnosticBag diagnostics)
    {
        var projects = new List<NamedProject>();
        var keys = new HashSet<string>(StringComparer.Ordinal);

        foreach (var heading in ProjectHeadings(report))
        {
            Add(heading.Title, ProjectSource.Heading, heading.Line);
        }

        if (header.Title is { } title && TitleProject().Match(title) is { Success: true } opening && Unquote(opening.Groups["name"].Value) is { } named && StartsLikeAName(named))
        {
            Add(named, ProjectSource.Title, header.TitleLine);
        }

        foreach (var passage in DecisionText.Passages(header, operative))
        {
            for (var quote = Quoted().Match(passage.Text); quote.Success; quote = quote.NextMatch())
            {
                if (IntroducedByProjectWord(passage.Text, quote.Index) && Unquote(quote.Groups["q"].Value) is { } name)
                {
                    Add(name, ProjectSource.Quoted, passage.Line);
                }
            }
        }

        return projects;

        void Add(string name, ProjectSource source, int line)
        {
            var key = French.Key(name);
            if (key.Length > 0 && keys.Add(key))
            {
                projects.Add(new NamedProject(name, source, Amount(key, line, tables, diagnostics), line));
            }
        }
    }

    /// <summary>Numbered points of a section whose title speaks of projects; generic points (<c>Budget</c>) are not projects.</summary>
    private static IEnumerable<Heading> ProjectHeadings(Report report)
    {
        var inProjectSection = false;
        foreach (var heading in report.Headings)
        {
            if (heading.Kind == HeadingKind.Section)
            {
                inProjectSection = ProjectWord().IsMatch(French.Fold(heading.Title));
            }
            else if (inProjectSection && !GenericTitles.Contains(French.Key(heading.Title)))
            {
                yield return heading;
            }
        }
    }

    /// <summary>True when one of the few words before the quote, within its clause, is a project word.</summary>
    private static bool IntroducedByProjectWord(string text, int quoteIndex)
    {
        var before = text.AsSpan(0, quoteIndex);
        var clauseStart = before.LastIndexOfAny(",;:.!?()\"«»“”") + 1;
        var words = Words().Matches(French.Fold(before[clauseStart..].ToString()))
            .Select(w => w.Value)
            .Where(w => w.Length > 1) // elisions (d', l') do not count as words
            .TakeLast(WordsBeforeQuote);
        return words.Any(w => ProjectWords.Contains(w) || (w.EndsWith('s') && ProjectWords.Contains(w[..^1])));
    }

    private static string? Unquote(string text)
    {
        var name = text.Trim().Trim('"', '«', '»', '“', '”').Trim();
        return name.Length is > 0 and <= MaxNameLength && name.Any(char.IsLetterOrDigit) ? name : null;
    }

    /// <summary>Names are proper nouns; <c>Projet d'expérimentation d'un open-data communal</c> describes one.</summary>
    private static bool StartsLikeAName(string name) => char.IsUpper(name[0]) || char.IsDigit(name[0]) || name[0] == '@';

    /// <summary>The first value of the row that carries the project's name: the same key, or one key the start of the other (<c>Magali</c> / <c>MAGALI - Maîtrise du gaspillage alimentaire</c>).</summary>
    private static decimal? Amount(string key, int line, IReadOnlyList<BudgetTable> tables, DiagnosticBag diagnostics)
    {
        if (key.Length < MinKeyLength)
        {
            return null;
        }

        var prefixed = new List<decimal?>();
        foreach (var table in tables)
        {
            foreach (var row in table.Rows)
            {
                var label = French.Key(row.Label);
                if (row.IsTotal || label.Length < MinKeyLength)
                {
                    continue;
                }

                var value = row.Values.Count > 0 ? row.Values[0] : null;
                if (label == key)
                {
                    return value;
                }

                if (label.StartsWith(key, StringComparison.Ordinal) || key.StartsWith(label, StringComparison.Ordinal))
                {
                    prefixed.Add(value);
                }
            }
        }

        var distinct = prefixed.Distinct().ToList();
        if (distinct.Count > 1)
        {
            diagnostics.Info("project-amount-ambiguous", line, $"Plusieurs lignes de budget peuvent correspondre au projet ({string.Join(" ; ", distinct.Select(v => v?.ToString("N0", FrenchCulture) ?? "vide"))}) : montant non retenu.");
            return null;
        }

        return distinct.Count == 1 ? distinct[0] : null;
    }

    [GeneratedRegex(@"\bprojets?\b")]
    private static partial Regex ProjectWord();

    [GeneratedRegex(@"^Projet\s+(?<name>\S.*?)\s+[-–—]\s+\S", RegexOptions.IgnoreCase)]
    private static partial Regex TitleProject();

    [GeneratedRegex(@"""(?<q>[^""\n]{1,100})""|“(?<q>[^”\n]{1,100})”|«(?<q>[^»\n]{1,100})»")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Words();
}
