namespace Deliberations.Web.Features.Projects;

/// <summary>What <c>_FundingTable</c> shows: projects or organisations with their decisions and amounts.</summary>
/// <param name="AmountHeading">What the amount is: a project's cost is not money paid to it.</param>
public sealed record FundingTableModel(string Caption, string AmountHeading, IReadOnlyList<IndexModel.Line> Lines, string Empty);
