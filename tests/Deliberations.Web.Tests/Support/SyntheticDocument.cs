using Deliberations.Web.Data.Entities;

namespace Deliberations.Web.Tests.Support;

/// <summary>The empty source document that registers written directly through EF Core hang their decisions on.</summary>
public static class SyntheticDocument
{
    /// <param name="hashFill">One hex digit, so that two fixtures' documents never share a content hash.</param>
    public static SourceDocument New(char hashFill) => new()
    {
        FileName = "synthetique.txt",
        ContentHash = new string(hashFill, 64),
        Text = "",
        Encoding = "utf-8",
        ImportedAt = DateTime.UtcNow,
        Status = ParseStatus.Parsed,
    };
}
