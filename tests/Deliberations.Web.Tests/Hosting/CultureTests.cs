using System.Globalization;
using Deliberations.Web.Features.Shared;
using Deliberations.Web.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Deliberations.Web.Tests.Hosting;

public class CultureTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    [Fact]
    public void French_is_the_only_request_culture_whatever_the_browser_asks()
    {
        var options = factory.Services.GetRequiredService<IOptions<RequestLocalizationOptions>>().Value;

        Assert.Same(FrenchFormat.Culture, options.DefaultRequestCulture.Culture);
        Assert.Equal([FrenchFormat.Culture], options.SupportedCultures!);
        Assert.Empty(options.RequestCultureProviders);
        Assert.Equal("fr-FR", options.DefaultRequestCulture.Culture.Name);
        Assert.Equal("\u00A0", options.DefaultRequestCulture.Culture.NumberFormat.NumberGroupSeparator);
        Assert.False(CultureInfo.InvariantCulture.Equals(options.DefaultRequestCulture.UICulture));
    }

    [Fact]
    public void Factory_hands_the_storage_settings_to_the_host()
    {
        var configuration = factory.Services.GetRequiredService<IConfiguration>();

        Assert.Equal(factory.Database, configuration[SiteFactory.DatabaseKey]);
        Assert.Equal(Repo.SeedsDir, configuration[SiteFactory.SeedsKey]);
        Assert.True(Directory.Exists(configuration[SiteFactory.SeedsKey]));
    }
}
