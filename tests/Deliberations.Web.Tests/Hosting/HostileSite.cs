using Deliberations.Web.Tests.Features.Decisions;
using Deliberations.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace Deliberations.Web.Tests.Hosting;

/// <summary>
/// The site as it runs in production (no developer exception page) on a real Kestrel port, so that
/// requests are sent byte for byte, as an attacker would, and meet Kestrel's own limits. It holds
/// the seeds plus one decision whose report carries every kind of active markup.
/// </summary>
public sealed class HostileSite : KestrelSite
{
    public const string Number = "2019-9666";

    /// <summary>Script, event handlers, javascript: and data: links, CSS expressions, frames, in Markdown and HTML.</summary>
    public const string Markup = """
        <script>alert('script')</script>
        <img src=x onerror=alert('img')>
        [lien markdown](javascript:alert('markdown'))
        [lien référence][piege]
        <javascript:alert('autolien')>
        <a href="javascript:alert('a')">lien HTML</a>
        <a href="JaVaScRiPt:alert('casse')">casse</a>
        <a href="jav&#x09;ascript:alert('entite')">entité</a>
        <a href=" javascript:alert('espace')">espace</a>
        <a href="vbscript:msgbox('vb')">vbscript</a>
        <a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data</a>
        <p style="background:expression(alert('expression'))">style expression</p>
        <div style="width: expression(alert('div'))">div stylée</div>
        <style>*{background:url("javascript:alert('css')")}</style>
        <iframe src="javascript:alert('iframe')"></iframe>
        <svg onload=alert('svg')></svg>
        <object data="javascript:alert('object')"></object>
        <embed src="javascript:alert('embed')">
        <form action="javascript:alert('form')"><input onfocus=alert('input') autofocus></form>
        <meta http-equiv="refresh" content="0;url=javascript:alert('meta')">
        <base href="javascript:alert('base')//">
        <details open ontoggle=alert('details')>détails</details>
        <math><mtext><table><mglyph><style><img src=x onerror=alert('mxss')></style></mglyph></table></mtext></math>

        [piege]: javascript:alert('reference')

        """;

    private const string ReportOpening = "Vu le rapport du 21 février 2019, par lequel monsieur le Président expose ce qui suit :";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await ExtraDocuments.ImportAsync(this, ("2019-9666-balises.txt", ExtraDocuments.SeedAs(Number, t => t
            .Replace(ReportOpening, ReportOpening + "\n\n" + Markup, StringComparison.Ordinal)
            .Replace("Objet : ", "Objet : <script>alert('objet')</script> ", StringComparison.Ordinal))));
    }
}
