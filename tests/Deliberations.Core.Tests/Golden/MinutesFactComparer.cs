using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Deliberations.Core.Tests.Golden;

/// <summary>
/// A port of tests/data/spec/check_minutes.py: the facts counted by hand in other-councils/expected
/// against the parse JSON of the same document, one line per mismatch. A name matches when the
/// parsed surname, folded, is a run of the words of the hand-written value.
/// </summary>
internal static class MinutesFactComparer
{
    public static (int Total, List<string> Mismatches) Compare(JsonElement expected, JsonElement parsed)
    {
        var total = 0;
        var mismatches = new List<string>();
        void Check(string key, object? want, object? got, bool good)
        {
            total++;
            if (!good)
            {
                mismatches.Add($"{key}: want {want} got {got}");
            }
        }

        if (Text(expected, "session_date") is { } session)
        {
            Check("sessionDate", session, Text(parsed, "sessionDate"), session == Text(parsed, "sessionDate"));
        }

        foreach (var (key, parsedKey) in new[] { ("president", "president"), ("secretary", "secretary") })
        {
            if (Text(expected, key) is { } want)
            {
                var got = parsed.GetProperty(parsedKey);
                Check(key, want, Surname(got), NameMatches(want, got));
            }
        }

        foreach (var (key, parsedKey) in new[] { ("members_in_office", "membersInOffice"), ("convocation_date", "convocationDate"), ("posted_date", "postedDate") })
        {
            if (expected.TryGetProperty(key, out var want) && want.ValueKind != JsonValueKind.Null)
            {
                var got = parsed.GetProperty(parsedKey);
                Check(parsedKey, want, got, want.ToString() == got.ToString() && want.ValueKind == got.ValueKind);
            }
        }

        var present = parsed.GetProperty("present").GetArrayLength();
        var excused = parsed.GetProperty("excused").EnumerateArray().ToList();
        var unexcused = parsed.GetProperty("unexcused").GetArrayLength();
        Check("presentCount", expected.GetProperty("present_count"), present, expected.GetProperty("present_count").GetInt32() == present);
        Check("excusedCount", expected.GetProperty("excused_count"), excused.Count, expected.GetProperty("excused_count").GetInt32() == excused.Count);
        if (expected.TryGetProperty("unexcused_count", out var wantUnexcused) && wantUnexcused.ValueKind != JsonValueKind.Null)
        {
            Check("unexcusedCount", wantUnexcused, unexcused, wantUnexcused.GetInt32() == unexcused);
        }

        var wantProxies = expected.TryGetProperty("proxies", out var proxies) && proxies.ValueKind == JsonValueKind.Array
            ? proxies.EnumerateArray().Select(p => $"{Fold(p[0].GetString())} > {Fold(p[1].GetString())}").Order(StringComparer.Ordinal).ToList()
            : [];
        var gotProxies = excused.Where(e => e.GetProperty("proxy").ValueKind == JsonValueKind.Object)
            .Select(e => $"{Fold(Surname(e))} > {Fold(Surname(e.GetProperty("proxy")))}").Order(StringComparer.Ordinal).ToList();
        Check("proxies", string.Join(", ", wantProxies), string.Join(", ", gotProxies), wantProxies.SequenceEqual(gotProxies));
        return (total, mismatches);
    }

    private static string? Text(JsonElement e, string key) => e.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string Surname(JsonElement person) => person.ValueKind == JsonValueKind.Object ? Text(person, "name") ?? "" : "";

    private static bool NameMatches(string expected, JsonElement person)
    {
        var got = Words(Surname(person));
        var want = Words(expected);
        if (got.Length == 0 || want.Length == 0)
        {
            return false;
        }

        return Enumerable.Range(0, Math.Max(0, want.Length - got.Length + 1)).Any(i => want.Skip(i).Take(got.Length).SequenceEqual(got));
    }

    private static string[] Words(string s) => Fold(s).Split([' ', '\t', '\n', '.'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Case and accents folded, as the script's <c>fold</c> does (NFKD, combining marks dropped, casefold).</summary>
    private static string Fold(string? s)
    {
        var decomposed = (s ?? "").Normalize(NormalizationForm.FormKD);
        var kept = decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark);
        return new string(kept.ToArray()).ToLowerInvariant().Trim();
    }
}
