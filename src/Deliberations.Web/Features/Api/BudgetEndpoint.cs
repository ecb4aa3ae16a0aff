using System.ComponentModel;
using Deliberations.Web.Data;
using Deliberations.Web.Features.Budget;
using Deliberations.Web.Features.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Deliberations.Web.Features.Api;

/// <summary>A budget imputation with the decision that makes it.</summary>
[Description("Une imputation budgétaire et la délibération qui la fait.")]
public sealed record BudgetImputationItem(
    DecisionRef Decision,
    [property: Description("Montant en euros.")] decimal? Amount,
    [property: Description("`dépense` ou `recette`.")] string? Direction,
    [property: Description("`fonctionnement` ou `investissement`.")] string? Section,
    string? Budget,
    [property: Description("Exercices budgétaires nommés.")] IReadOnlyList<int> Years,
    string? Chapter,
    string? Operation,
    string ArticleNumber);

/// <summary><c>GET /api/budget</c>: where the decisions book their money, by financial year and chapter.</summary>
public static class BudgetEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGetAndHead("/budget", HandleAsync)
            .WithName("ListImputations")
            .WithTags("Budget")
            .WithSummary("Imputations budgétaires")
            .WithDescription("Les sommes que les délibérations imputent au budget (exercice, chapitre, opération), la séance la plus récente d'abord. Les tableaux budgétaires sont dans chaque délibération et dans l'export budget.csv.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

    public static async Task<Results<Ok<ApiList<BudgetImputationItem>>, ProblemHttpResult>> HandleAsync(
        DeliberationsDb db,
        [Description("Exercice budgétaire (`2022`) : les imputations qui le nomment, seul ou parmi d'autres.")] int? year,
        [Description("Chapitre budgétaire (`65`, `13`).")] string? chapter,
        [Description("Page, à partir de 1.")] int? page,
        [Description("Nombre d'éléments par page, de 1 à 200 (50 par défaut).")] int? pageSize,
        CancellationToken cancellationToken)
    {
        var (parameters, problem) = PageParameters.From(page, pageSize);
        if (problem is not null)
        {
            return problem;
        }

        var wanted = string.IsNullOrWhiteSpace(chapter) ? null : chapter.Trim();
        var facts = await BudgetFacts.LoadAsync(db, cancellationToken);
        var imputations = await new BudgetQuery(db).ImputationsAsync(facts, year, wanted, parameters.Of, cancellationToken);
        return TypedResults.Ok(new ApiList<BudgetImputationItem>(imputations.Paging.Total, [.. imputations.Items.Select(r =>
            new BudgetImputationItem(DecisionRef.From(r.Decision), PlainNumber.Of(r.Amount), r.Direction, r.Section, r.Budget, r.Years, r.Chapter, r.Operation, r.ArticleNumber))]));
    }
}
