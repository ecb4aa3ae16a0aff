namespace Deliberations.Web.Features.Projects;

/// <summary>What <c>_FundingTable</c> shows: projects or organisations with their decisions and amounts.</summary>
public sealed record FundingTableModel(string Caption, IReadOnlyList<IndexModel.Line> Lines, string Empty);
