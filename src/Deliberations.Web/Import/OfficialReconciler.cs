using Deliberations.Web.Text;

namespace Deliberations.Web.Import;

/// <summary>
/// Decides which official of a term each printed name is. The rule (docs/data-model.md):
/// same civility, a spelling already known → that official; else a new spelling is a typing variant
/// of the one official of the term with the same civility that this extract does not list, at edit
/// distance 1 — or 2 when the extract's lists name every member in office (so the official's seat
/// would otherwise be empty) — provided that official is the unique best match. Otherwise it is a
/// new official. Pure: the importer applies the result once the document is stored.
/// </summary>
public sealed class OfficialReconciler(IReadOnlyDictionary<CouncilTerm, List<KnownOfficial>> registry)
{
    /// <param name="listed">The attendance lists' names, in document order.</param>
    /// <param name="mentioned">Names from the header (rapporteur, president, secretary), who are usually also listed.</param>
    /// <param name="listsAreComplete">The lists name at least as many people as there are members in office.</param>
    public Dictionary<PrintedName, Resolution> Resolve(CouncilTerm term, IReadOnlyList<PrintedName> listed, IReadOnlyList<PrintedName> mentioned, bool listsAreComplete)
    {
        var known = registry.TryGetValue(term, out var list) ? list : [];
        var result = new Dictionary<PrintedName, Resolution>();
        var taken = new HashSet<KnownOfficial>();
        var pending = new List<PrintedName>();

        // By civility and spelling key, the first official of the term's list winning, as a scan would:
        // scanning the term's few hundred officials for each of an extract's 150 names cost a millisecond.
        var byKey = new Dictionary<(string?, string), KnownOfficial>();
        foreach (var official in known)
        {
            foreach (var key in official.Keys)
            {
                byKey.TryAdd((official.Civility, key), official);
            }
        }

        foreach (var name in listed.Distinct())
        {
            var official = byKey.GetValueOrDefault((name.Civility, name.Key));
            if (official is null)
            {
                pending.Add(name);
            }
            else if (taken.Add(official))
            {
                result[name] = new Resolution(name, official, ResolutionKind.Known, "");
            }
            else
            {
                // Two spellings of one record side by side in one list are two people: the merge was wrong.
                var split = new KnownOfficial(term, name.Civility, name.Spelling);
                result[name] = new Resolution(name, split, ResolutionKind.Split, $"Séparé de {official.Label} : les deux noms figurent dans le même extrait.", official);
                taken.Add(split);
            }
        }

        var maxDistance = listsAreComplete ? 2 : 1;
        foreach (var name in pending)
        {
            var variant = BestVariant(known.Where(o => !taken.Contains(o)), name, maxDistance, o => o.Keys);
            if (variant is { } v)
            {
                var why = v.Distance == 1
                    ? $"Variante de {v.Official.Label} : une lettre de différence, jamais cités dans le même extrait."
                    : $"Variante de {v.Official.Label} : deux lettres de différence, et {v.Official.Label} manque à un extrait qui nomme tous les membres en exercice.";
                result[name] = new Resolution(name, v.Official, ResolutionKind.Variant, why);
                taken.Add(v.Official);
            }
            else
            {
                var created = new KnownOfficial(term, name.Civility, name.Spelling);
                result[name] = new Resolution(name, created, ResolutionKind.New, "Première mention.");
                taken.Add(created);
            }
        }

        // An official this extract introduces has no stored key yet: the names that made it stand in.
        var keys = known.ToDictionary(o => o, o => o.Keys.ToList());
        foreach (var r in result.Values)
        {
            AddKey(keys, r);
        }

        foreach (var name in mentioned.Distinct().Where(n => !result.ContainsKey(n)))
        {
            var official = keys.FirstOrDefault(k => k.Key.Civility == name.Civility && k.Value.Contains(name.Key)).Key;
            if (official is not null)
            {
                result[name] = new Resolution(name, official, ResolutionKind.Known, "");
            }
            else if (BestVariant(keys.Keys, name, 1, o => keys[o]) is { } v)
            {
                result[name] = new Resolution(name, v.Official, ResolutionKind.Variant, $"Variante de {v.Official.Label} dans l'en-tête : une lettre de différence.");
            }
            else
            {
                result[name] = new Resolution(name, new KnownOfficial(term, name.Civility, name.Spelling), ResolutionKind.New, "Première mention (en-tête).");
            }

            AddKey(keys, result[name]);
        }

        return result;
    }

    private static void AddKey(Dictionary<KnownOfficial, List<string>> keys, Resolution resolution)
    {
        if (!keys.TryGetValue(resolution.Official, out var list))
        {
            keys[resolution.Official] = list = [];
        }

        list.Add(resolution.Name.Key);
    }

    private static (KnownOfficial Official, int Distance)? BestVariant(IEnumerable<KnownOfficial> candidates, PrintedName name, int maxDistance, Func<KnownOfficial, IEnumerable<string>> keysOf)
    {
        KnownOfficial? best = null;
        var bestDistance = maxDistance + 1;
        var ties = 0;
        foreach (var official in candidates.Where(o => o.Civility == name.Civility))
        {
            // An official with no key is no candidate (a record the import cannot match must not stop it).
            var distance = keysOf(official).Select(k => EditDistance.Compute(k, name.Key, maxDistance)).DefaultIfEmpty(int.MaxValue).Min();
            if (distance < bestDistance)
            {
                (best, bestDistance, ties) = (official, distance, 1);
            }
            else if (distance == bestDistance)
            {
                ties++;
            }
        }

        // Two officials equally close: joining either would be a guess (Martin/Martine, Collomb/Colomb).
        return best is not null && bestDistance <= maxDistance && ties == 1 ? (best, bestDistance) : null;
    }
}
