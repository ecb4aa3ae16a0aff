namespace Deliberations.Web.Import;

/// <summary>One term of one council: the officials a name can be joined to are those of the same council and term.</summary>
public readonly record struct CouncilTerm(int Council, DateOnly Start);
