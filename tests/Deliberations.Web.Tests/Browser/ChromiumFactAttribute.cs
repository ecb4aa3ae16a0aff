using Deliberations.Web.Tests.Support;

namespace Deliberations.Web.Tests.Browser;

/// <summary>A fact that needs Chromium: skipped with the reason when it is missing, unless CI=true.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute() => Skip = Chromium.SkipReason;
}

/// <summary>A theory that needs Chromium: skipped with the reason when it is missing, unless CI=true.</summary>
public sealed class ChromiumTheoryAttribute : TheoryAttribute
{
    public ChromiumTheoryAttribute() => Skip = Chromium.SkipReason;
}
