using System.Globalization;
using System.Text.Json;

namespace Deliberations.Core.Tests.Golden;

/// <summary>A port of tests/data/spec/check_facts.py: each fact is compared with the parse JSON, each mismatch reported.</summary>
internal static class FactComparer
{
    private static readonly string[] PlainFields = ["number", "body", "sessionDate", "membersInOffice", "convocationDate", "postedDate", "receivedDate"];

    public static IEnumerable<string> Compare(JsonElement facts, JsonElement parsed)
    {
        foreach (var field in PlainFields)
        {
            if (facts.TryGetProperty(field, out var want) && !SameScalar(want, parsed.GetProperty(field)))
            {
                yield return $"{field}: want {want} got {parsed.GetProperty(field)}";
            }
        }

        foreach (var (field, full) in new[] { ("rapporteur", false), ("president", true), ("secretary", true) })
        {
            if (facts.TryGetProperty(field, out var want))
            {
                var got = PersonName(parsed.GetProperty(field), full);
                if (got != want.GetString())
                {
                    yield return $"{field}: want {want} got {got}";
                }
            }
        }

        var present = parsed.GetProperty("present").EnumerateArray().ToList();
        var excused = parsed.GetProperty("excused").EnumerateArray().ToList();
        var unexcused = parsed.GetProperty("unexcused").EnumerateArray().ToList();
        foreach (var (field, count) in new[] { ("presentCount", present.Count), ("excusedCount", excused.Count), ("unexcusedCount", unexcused.Count) })
        {
            if (facts.TryGetProperty(field, out var want) && want.GetInt32() != count)
            {
                yield return $"{field}: want {want} got {count}";
            }
        }

        if (facts.TryGetProperty("proxies", out var proxies))
        {
            var want = proxies.EnumerateArray().Select(p => $"{p[0].GetString()}→{p[1].GetString()}").Order(StringComparer.Ordinal);
            var got = excused.Where(e => e.GetProperty("proxy").ValueKind == JsonValueKind.Object)
                .Select(e => $"{PersonName(e, false)}→{PersonName(e.GetProperty("proxy"), false)}").Order(StringComparer.Ordinal);
            if (!want.SequenceEqual(got))
            {
                yield return $"proxies: want [{string.Join(", ", want)}] got [{string.Join(", ", got)}]";
            }
        }

        if (facts.TryGetProperty("excusedWithoutProxy", out var noProxy))
        {
            var want = noProxy.EnumerateArray().Select(p => p.GetString()).Order(StringComparer.Ordinal);
            var got = excused.Where(e => e.GetProperty("proxy").ValueKind != JsonValueKind.Object).Select(e => PersonName(e, false)).Order(StringComparer.Ordinal);
            if (!want.SequenceEqual(got))
            {
                yield return $"excusedWithoutProxy: want [{string.Join(", ", want)}] got [{string.Join(", ", got)}]";
            }
        }

        if (facts.TryGetProperty("unexcused", out var unexcusedFacts))
        {
            var want = unexcusedFacts.EnumerateArray().Select(p => p.GetString()).Order(StringComparer.Ordinal);
            var got = unexcused.Select(e => PersonName(e, false)).Order(StringComparer.Ordinal);
            if (!want.SequenceEqual(got))
            {
                yield return $"unexcused: want [{string.Join(", ", want)}] got [{string.Join(", ", got)}]";
            }
        }

        var tables = parsed.GetProperty("budgetTables").EnumerateArray().ToList();
        if (facts.TryGetProperty("budgetTables", out var tableCount))
        {
            // One fact allows a two-sided table to be read as one table or two.
            var acceptable = facts.TryGetProperty("budgetTablesNote", out _) ? tables.Count is 1 or 2 : tables.Count == tableCount.GetInt32();
            if (!acceptable)
            {
                yield return $"budgetTables: want {tableCount} got {tables.Count}";
            }
        }

        if (facts.TryGetProperty("amendments", out var amendments)
            && amendments.GetInt32() > 0 != parsed.GetProperty("amendments").GetArrayLength() > 0)
        {
            yield return $"amendments>0: want {amendments.GetInt32() > 0}";
        }

        if (facts.TryGetProperty("articles", out var articles) && articles.GetInt32() != parsed.GetProperty("articles").GetArrayLength())
        {
            yield return $"articles: want {articles} got {parsed.GetProperty("articles").GetArrayLength()}";
        }

        if (facts.TryGetProperty("totals", out var totals))
        {
            var want = totals.EnumerateArray().Select(t => t.GetDecimal()).Order();
            var got = tables.SelectMany(t => t.GetProperty("rows").EnumerateArray())
                .Where(r => r.GetProperty("isTotal").GetBoolean())
                .SelectMany(r => r.GetProperty("values").EnumerateArray())
                .Where(v => v.ValueKind == JsonValueKind.Number)
                .Select(v => v.GetDecimal())
                .Distinct()
                .Order();
            if (!want.SequenceEqual(got))
            {
                yield return $"totals: want [{string.Join(", ", want)}] got [{string.Join(", ", got)}]";
            }
        }
    }

    private static bool SameScalar(JsonElement want, JsonElement got) => want.ValueKind switch
    {
        JsonValueKind.Null => got.ValueKind == JsonValueKind.Null,
        JsonValueKind.Number => got.ValueKind == JsonValueKind.Number && want.GetDecimal() == got.GetDecimal(),
        JsonValueKind.String => got.ValueKind == JsonValueKind.String && Normalise(want.GetString()) == Normalise(got.GetString()),
        _ => false,
    };

    private static string? PersonName(JsonElement person, bool full)
    {
        if (person.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var name = person.GetProperty("name").GetString();
        var first = person.GetProperty("firstName").GetString();
        return Normalise(full && first is not null ? $"{first} {name}" : name);
    }

    private static string? Normalise(string? s) => s is null
        ? null
        : string.Join(' ', s.Normalize(System.Text.NormalizationForm.FormC).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToString(CultureInfo.InvariantCulture);
}
