using CsvHelper;
using Deliberations.Web.Data;
using Deliberations.Web.Text;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Import;

/// <summary>
/// The optional curated roster (<c>roster.csv</c> beside the seeds, or <c>Deliberations:Roster</c>):
/// which records of different terms are one person. Nothing in the extracts says whether M. Bernard
/// of 2018 is Monsieur Bruno Bernard of 2021, so only a person who knows may join them.
/// Columns: <c>personne,mandat,civilite,nom</c> (person key, first year of the term, M. or Mme, surname).
/// </summary>
public static class Roster
{
    public const string FileName = "roster.csv";

    public sealed record Entry(string Person, int TermYear, string? Civility, string Surname, int Line);

    public static IReadOnlyList<Entry> Read(byte[] bytes)
    {
        using var reader = CsvReader.Create(bytes);
        var entries = new List<Entry>();
        var line = 1;
        while (reader.Read())
        {
            line++;
            var fields = reader.Current.ToArray().Select(f => f.ToString().Trim()).ToArray();
            if (fields.Length >= 4 && int.TryParse(fields[1], System.Globalization.CultureInfo.InvariantCulture, out var year) && fields[0].Length > 0 && fields[3].Length > 0)
            {
                entries.Add(new Entry(Slug.From(fields[0]), year, fields[2].Length == 0 ? null : fields[2], fields[3], line));
            }
        }

        return entries;
    }

    /// <summary>Gives each listed official its person key (and takes it from everyone else); returns the lines that named no one.</summary>
    public static async Task<IReadOnlyList<Entry>> ApplyAsync(DeliberationsDb db, IReadOnlyList<Entry> entries, CancellationToken cancellationToken)
    {
        await db.Officials.Where(o => o.PersonKey != null).ExecuteUpdateAsync(u => u.SetProperty(o => o.PersonKey, (string?)null), cancellationToken);
        var officials = await db.Officials.AsNoTracking()
            .Select(o => new { o.Id, o.TermStart, o.Civility, Keys = o.Spellings.Select(s => s.Key).ToList() })
            .ToListAsync(cancellationToken);
        var unmatched = new List<Entry>();
        foreach (var entry in entries)
        {
            var key = NameKey.Of(entry.Surname);
            var official = officials.FirstOrDefault(o => o.TermStart.Year == entry.TermYear && o.Civility == entry.Civility && o.Keys.Contains(key));
            if (official is null)
            {
                unmatched.Add(entry);
                continue;
            }

            await db.Officials.Where(o => o.Id == official.Id).ExecuteUpdateAsync(u => u.SetProperty(o => o.PersonKey, entry.Person), cancellationToken);
        }

        return unmatched;
    }
}
