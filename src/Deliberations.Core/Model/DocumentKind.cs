namespace Deliberations.Core.Model;

/// <summary>What a document is: one decision (an extract of the register) or the minutes of a whole sitting.</summary>
public enum DocumentKind
{
    Extract,
    Minutes,
}
