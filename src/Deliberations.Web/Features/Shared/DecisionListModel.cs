namespace Deliberations.Web.Features.Shared;

/// <summary>What <c>_DecisionList</c> shows: a captioned table of decisions, or a sentence when there are none.</summary>
public sealed record DecisionListModel(string Caption, IReadOnlyList<DecisionSummary> Decisions, string Empty = "Aucune délibération.");
