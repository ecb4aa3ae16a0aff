using Deliberations.Core.Model;
using Deliberations.Web.Data;
using Deliberations.Web.Data.Entities;
using Deliberations.Web.Text;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Import;

/// <summary>
/// Links a decision to the projects it names and the organisations it pays, one record per project
/// or organisation across all decisions (same key: accents, case and punctuation aside; an acronym
/// names its organisation too).
/// </summary>
public sealed class FundingWriter
{
    private readonly DeliberationsDb _db;
    private readonly Dictionary<string, int> _projects;
    private readonly Dictionary<string, int> _organisations;
    private readonly HashSet<string> _slugs;
    private readonly Dictionary<string, Project> _newProjects = [];
    private readonly Dictionary<string, Organisation> _newOrganisations = [];

    private FundingWriter(DeliberationsDb db, Dictionary<string, int> projects, Dictionary<string, int> organisations, HashSet<string> slugs)
    {
        _db = db;
        _projects = projects;
        _organisations = organisations;
        _slugs = slugs;
    }

    public static async Task<FundingWriter> LoadAsync(DeliberationsDb db, CancellationToken cancellationToken)
    {
        var projects = await db.Projects.AsNoTracking().Select(p => new { p.Key, p.Id, p.Slug }).ToListAsync(cancellationToken);
        var organisations = await db.Organisations.AsNoTracking().Select(o => new { o.Key, o.Acronym, o.Id, o.Slug }).ToListAsync(cancellationToken);
        var orgKeys = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var o in organisations)
        {
            orgKeys[o.Key] = o.Id;
            if (o.Acronym is { } acronym)
            {
                orgKeys.TryAdd(NameKey.Of(acronym), o.Id);
            }
        }

        var slugs = new HashSet<string>(projects.Select(p => "p/" + p.Slug).Concat(organisations.Select(o => "o/" + o.Slug)), StringComparer.Ordinal);
        return new FundingWriter(db, projects.ToDictionary(p => p.Key, p => p.Id, StringComparer.Ordinal), orgKeys, slugs);
    }

    public void Attach(Decision decision, ParsedExtract extract)
    {
        foreach (var named in extract.Projects.DistinctBy(p => NameKey.Of(p.Name)))
        {
            var key = NameKey.Of(named.Name);
            var link = new DecisionProject { Amount = named.Amount, Source = SourceLabel(named.Source), Line = named.Line };
            if (_projects.TryGetValue(key, out var id))
            {
                link.ProjectId = id;
            }
            else
            {
                link.Project = _newProjects.TryGetValue(key, out var project) ? project : _newProjects[key] = new Project { Name = named.Name, Key = key, Slug = Reserve("p/", named.Name) };
            }

            decision.Projects.Add(link);
        }

        foreach (var beneficiary in extract.Beneficiaries)
        {
            var grant = new Grant { Amount = beneficiary.Amount, Nature = beneficiary.Nature, Kind = beneficiary.Kind, Line = beneficiary.Line };
            var keys = OrganisationKeys(beneficiary).ToList();
            if (keys.Select(k => _organisations.TryGetValue(k, out var id) ? id : (int?)null).FirstOrDefault(id => id is not null) is { } existing)
            {
                grant.OrganisationId = existing;
            }
            else
            {
                grant.Organisation = keys.Select(k => _newOrganisations.GetValueOrDefault(k)).FirstOrDefault(o => o is not null) ?? NewOrganisation(beneficiary, keys);
            }

            decision.Grants.Add(grant);
        }
    }

    public void Commit()
    {
        foreach (var (key, project) in _newProjects)
        {
            _projects[key] = project.Id;
        }

        foreach (var (key, organisation) in _newOrganisations)
        {
            _organisations[key] = organisation.Id;
        }

        _newProjects.Clear();
        _newOrganisations.Clear();
    }

    public void Discard()
    {
        foreach (var project in _newProjects.Values)
        {
            _slugs.Remove("p/" + project.Slug);
        }

        foreach (var organisation in _newOrganisations.Values.Distinct())
        {
            _slugs.Remove("o/" + organisation.Slug);
        }

        _newProjects.Clear();
        _newOrganisations.Clear();
    }

    private Organisation NewOrganisation(Beneficiary beneficiary, List<string> keys)
    {
        var organisation = new Organisation { Name = beneficiary.Name, Acronym = beneficiary.Acronym, Key = keys[0], Slug = Reserve("o/", beneficiary.Name) };
        foreach (var key in keys)
        {
            _newOrganisations[key] = organisation;
        }

        return organisation;
    }

    private static IEnumerable<string> OrganisationKeys(Beneficiary beneficiary)
    {
        yield return NameKey.Of(beneficiary.Name);
        if (beneficiary.Acronym is { } acronym)
        {
            yield return NameKey.Of(acronym);
        }
    }

    private string Reserve(string kind, string name)
    {
        var wanted = Slug.From(name);
        var slug = wanted;
        for (var i = 2; !_slugs.Add(kind + slug); i++)
        {
            slug = $"{wanted}-{i}";
        }

        return slug;
    }

    private static string SourceLabel(ProjectSource source) => source switch
    {
        ProjectSource.Heading => "intertitre du rapport",
        ProjectSource.Quoted => "nom cité",
        ProjectSource.Title => "objet",
        _ => source.ToString(),
    };
}
