namespace Deliberations.Core.Model;

/// <summary>Where a project's name was read.</summary>
public enum ProjectSource
{
    /// <summary>A numbered point of a report section about projects: <c>2° - GrandLyon Connect Pro</c>.</summary>
    Heading,

    /// <summary>A quoted name after a project word, in the title or an article: <c>le projet "Self data territorial"</c>.</summary>
    Quoted,

    /// <summary>A title that opens with the project: <c>Projet Self data territorial - Convention …</c>.</summary>
    Title,
}

/// <summary>A project the decision approves or funds, named as printed.</summary>
/// <param name="Amount">The project's total budget: the first value of its row in a budget table, when it has one.</param>
/// <param name="Line">1-based line where the name was read.</param>
public sealed record NamedProject(string Name, ProjectSource Source, decimal? Amount, int Line);
