using System.Diagnostics;
using System.Globalization;
using Deliberations.Core.Model;
using Deliberations.Core.Parsing;

namespace Deliberations.Generator;

/// <summary>
/// Parses every generated file with the real parser and compares what it reads with what the
/// generator wrote. Required checks (the corpus is unusable for a benchmark if they fail): number,
/// body, date, attendance counts, no error diagnostic, budget tables and their totals. The others
/// (header persons, articles, imputations, amendments, beneficiaries, legality, unexpected warnings)
/// are reported so that a parser limit shows, but do not fail the run.
/// </summary>
internal sealed class CorpusChecker
{
    private static readonly string[] Required = ["number", "body", "date", "present", "excused", "unexcused", "error-diagnostic", "tables", "table-totals"];

    private readonly SortedDictionary<string, List<string>> _failures = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _diagnostics = new(StringComparer.Ordinal);

    public int Checked { get; private set; }

    public TimeSpan ParseTime { get; private set; }

    public bool Passed => !Required.Any(_failures.ContainsKey);

    public void CheckAll(string directory, IEnumerable<ExpectedExtract> expected)
    {
        var clock = new Stopwatch();
        foreach (var e in expected)
        {
            var bytes = File.ReadAllBytes(Path.Combine(directory, e.File));
            clock.Start();
            var parsed = ExtractParser.Parse(bytes);
            clock.Stop();
            Check(e, parsed);
            Checked++;
        }

        ParseTime = clock.Elapsed;
    }

    public void Check(ExpectedExtract e, ParsedExtract p)
    {
        var h = p.Header;
        Expect("number", e, e.Number, h.Number);
        Expect("body", e, e.Body, h.Body);
        Expect("date", e, Iso(e.Date), h.SessionDate is { } d ? Iso(d) : null);
        Expect("present", e, e.Present, p.Attendance.Present.Count);
        Expect("excused", e, e.Excused, p.Attendance.Excused.Count);
        Expect("unexcused", e, e.Unexcused, p.Attendance.Unexcused.Count);
        foreach (var diagnostic in p.Diagnostics)
        {
            var key = $"{diagnostic.Severity.ToString().ToLowerInvariant()} {diagnostic.Code}";
            _diagnostics[key] = _diagnostics.GetValueOrDefault(key) + 1;
            if (diagnostic.Severity == Severity.Error)
            {
                Fail("error-diagnostic", e, $"{diagnostic.Code} line {Int(diagnostic.Line)}: {diagnostic.Message}");
            }
            else if (diagnostic.Severity == Severity.Warning && !e.AllowedWarnings.Contains(diagnostic.Code))
            {
                Fail("unexpected-warning", e, $"{diagnostic.Code} line {Int(diagnostic.Line)}: {diagnostic.Message}");
            }
        }

        CheckTables(e, p.BudgetTables);
        Expect("members-in-office", e, e.MembersInOffice, h.MembersInOffice);
        Expect("proxies", e, e.Proxies, p.Attendance.ProxyCount);
        ExpectPerson("president", e, e.President, h.President);
        ExpectPerson("rapporteur", e, e.Rapporteur, h.Rapporteur);
        ExpectPerson("secretary", e, e.Secretary, h.Secretary);
        Expect("articles", e, e.Articles, p.OperativePart.Articles.Count);
        Expect("amendments", e, e.Amendments, p.Amendments.Count);
        Expect("legality", e, Iso(e.LegalityDate), p.Legality.ReceivedDate is { } r ? Iso(r) : null);
        CheckImputations(e, p.Imputations);
        var names = p.Beneficiaries.Select(b => b.Name).ToHashSet(StringComparer.Ordinal);
        var missing = e.Beneficiaries.Where(b => !names.Contains(b)).ToList();
        if (missing.Count > 0)
        {
            Fail("beneficiaries", e, $"missing {string.Join(", ", missing)}; read {string.Join(", ", names)}");
        }
    }

    /// <summary>The summary as Markdown: one row per check that failed somewhere, then the diagnostics seen.</summary>
    public void Report(TextWriter output)
    {
        output.WriteLine(Passed ? "Required checks passed." : "REQUIRED CHECKS FAILED.");
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Parsed {Checked} extracts in {ParseTime.TotalSeconds:0.00} s on one thread ({Checked / Math.Max(ParseTime.TotalSeconds, 1e-9):0} extracts/s)."));
        output.WriteLine();
        output.WriteLine("| check | kind | extracts failing | first example |");
        output.WriteLine("| --- | --- | ---: | --- |");
        foreach (var name in Required.Concat(["unexpected-warning", "members-in-office", "proxies", "president", "rapporteur", "secretary", "articles", "amendments", "legality", "imputations", "beneficiaries"]))
        {
            var failures = _failures.GetValueOrDefault(name) ?? [];
            var kind = Required.Contains(name) ? "required" : "reported";
            output.WriteLine($"| {name} | {kind} | {Int(failures.Count)} | {(failures.Count == 0 ? "" : failures[0].Replace("|", "\\|", StringComparison.Ordinal))} |");
        }

        output.WriteLine();
        output.WriteLine("| diagnostic | count |");
        output.WriteLine("| --- | ---: |");
        foreach (var (key, count) in _diagnostics)
        {
            output.WriteLine($"| {key} | {Int(count)} |");
        }

        foreach (var (name, failures) in _failures)
        {
            output.WriteLine();
            output.WriteLine($"{name}: {Int(failures.Count)} extracts, e.g.");
            foreach (var failure in failures.Take(5))
            {
                output.WriteLine("  " + failure);
            }
        }
    }

    private void CheckTables(ExpectedExtract e, IReadOnlyList<BudgetTable> tables)
    {
        if (tables.Count != e.Tables.Count)
        {
            Fail("tables", e, $"expected {Int(e.Tables.Count)} budget tables, read {Int(tables.Count)}");
            return;
        }

        for (var t = 0; t < tables.Count; t++)
        {
            var rows = tables[t].Rows;
            var expected = e.Tables[t];
            var total = rows.LastOrDefault(r => r.IsTotal);
            if (rows.Count != expected.Rows || total is null)
            {
                Fail("tables", e, $"table {Int(t + 1)} ({tables[t].Caption}): expected {Int(expected.Rows)} rows with a total, read {Int(rows.Count)}{(total is null ? " without a total" : "")}");
                continue;
            }

            if (!total.Values.SequenceEqual(expected.Totals))
            {
                Fail("table-totals", e, $"table {Int(t + 1)} ({tables[t].Caption}): total {Values(expected.Totals)} expected, read {Values(total.Values)}");
            }
        }
    }

    private void CheckImputations(ExpectedExtract e, IReadOnlyList<Imputation> imputations)
    {
        if (imputations.Count != e.Imputations.Count)
        {
            Fail("imputations", e, $"expected {Int(e.Imputations.Count)}, read {Int(imputations.Count)}");
            return;
        }

        for (var i = 0; i < imputations.Count; i++)
        {
            var (x, y) = (e.Imputations[i], imputations[i]);
            if (x.Amount != y.Amount || x.Direction != y.Direction || x.Chapter != y.Chapter || !x.Years.SequenceEqual(y.Years))
            {
                Fail("imputations", e, $"article {y.ArticleNumber}: expected {Amount(x.Amount)} {x.Direction} ch. {x.Chapter} {string.Join('/', x.Years.Select(Int))}, read {Amount(y.Amount)} {y.Direction} ch. {y.Chapter} {string.Join('/', y.Years.Select(Int))}");
            }
        }
    }

    private void ExpectPerson(string check, ExpectedExtract e, ExpectedPerson expected, Person? read)
    {
        if (read is null || read.Civility != expected.Civility || read.Name != expected.Surname || read.FirstName != expected.FirstName || read.Role != expected.Role)
        {
            Fail(check, e, $"expected {Describe(expected.Civility, expected.FirstName, expected.Surname, expected.Role)}, read {(read is null ? "nothing" : Describe(read.Civility, read.FirstName, read.Name, read.Role))}");
        }

        static string Describe(string? civility, string? first, string name, string? role) =>
            $"[{civility}] [{role}] [{first}] [{name}]";
    }

    private void Expect<T>(string check, ExpectedExtract e, T expected, T read)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, read))
        {
            Fail(check, e, $"expected {Show(expected)}, read {Show(read)}");
        }
    }

    private void Fail(string check, ExpectedExtract e, string message)
    {
        if (!_failures.TryGetValue(check, out var list))
        {
            _failures[check] = list = [];
        }

        // One entry per extract: a check counts extracts, not occurrences.
        var entry = $"{e.File} ({e.Number}): {message}";
        if (list.Count == 0 || !list[^1].StartsWith(e.File + " ", StringComparison.Ordinal))
        {
            list.Add(entry);
        }
    }

    private static string Show<T>(T value) => value switch
    {
        null => "nothing",
        int i => Int(i),
        _ => value.ToString() ?? "",
    };

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Amount(decimal? value) => value is { } v ? v.ToString("0.##", CultureInfo.InvariantCulture) : "none";

    private static string Values(IEnumerable<decimal?> values) => string.Join(" / ", values.Select(Amount));
}
