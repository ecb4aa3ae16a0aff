using Deliberations.Core.Parsing;
using Deliberations.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Import;

/// <summary>
/// Gives their kind to grants stored before the parser read it (migration <c>GrantKind</c>): each such
/// decision's current text is parsed again — the parser is deterministic, so this is what importing that
/// text today would store — and a grant takes the kind of the beneficiary read on its line. Importing the
/// same bytes again is a no-op, so without this those grants would say "non précisé" until their text
/// changed. A line holding beneficiaries of different kinds is left unknown rather than guessed.
/// </summary>
public static class GrantKinds
{
    /// <summary>Decisions parsed and saved together: their texts, a few MB, are all that is held.</summary>
    private const int DecisionsPerBatch = 500;

    /// <returns>How many grants were given a kind.</returns>
    public static async Task<int> FillAsync(DeliberationsDb db, CancellationToken cancellationToken)
    {
        var decisions = await db.Grants.Where(g => g.Kind == null).Select(g => g.DecisionId).Distinct().ToListAsync(cancellationToken);
        var filled = 0;
        foreach (var batch in decisions.Chunk(DecisionsPerBatch))
        {
            var texts = await db.Decisions.AsNoTracking().Where(d => batch.Contains(d.Id))
                .Select(d => new { d.Id, d.CurrentDocument!.Text })
                .ToDictionaryAsync(d => d.Id, d => d.Text, cancellationToken);
            var grants = await db.Grants.Where(g => batch.Contains(g.DecisionId) && g.Kind == null).ToListAsync(cancellationToken);
            foreach (var decision in grants.GroupBy(g => g.DecisionId))
            {
                var read = ExtractParser.Parse(texts[decision.Key]).Beneficiaries;
                foreach (var grant in decision)
                {
                    if (read.Where(b => b.Line == grant.Line).Select(b => b.Kind).Distinct().ToList() is [var kind])
                    {
                        grant.Kind = kind;
                        filled++;
                    }
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        return filled;
    }
}
