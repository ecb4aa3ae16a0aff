using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Deliberations.Web.Tests.Support;

/// <summary>Renders one partial view of the site with the site's own Razor engine, to test it outside any page.</summary>
public static class PartialRenderer
{
    public static async Task<string> RenderAsync(IServiceProvider services, string viewPath, object model)
    {
        using var scope = services.CreateScope();
        var provider = scope.ServiceProvider;
        var httpContext = new DefaultHttpContext { RequestServices = provider };
        var actionContext = new ActionContext(httpContext, new RouteData(), new ActionDescriptor());

        var result = provider.GetRequiredService<IRazorViewEngine>().GetView(executingFilePath: null, viewPath, isMainPage: false);
        var view = result.EnsureSuccessful(originalLocations: null).View!;
        var viewData = new ViewDataDictionary(new EmptyModelMetadataProvider(), new ModelStateDictionary()) { Model = model };
        var tempData = new TempDataDictionary(httpContext, provider.GetRequiredService<ITempDataProvider>());

        await using var writer = new StringWriter();
        var viewContext = new ViewContext(actionContext, view, viewData, tempData, writer, new HtmlHelperOptions());
        await view.RenderAsync(viewContext);
        return writer.ToString();
    }
}
