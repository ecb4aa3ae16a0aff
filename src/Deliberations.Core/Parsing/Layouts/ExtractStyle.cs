using System.Text.RegularExpressions;

namespace Deliberations.Core.Parsing.Layouts;

/// <summary>
/// What a layout of one-decision extracts prints, as data for the layout-neutral readers: the anchors
/// that cut the document into parts (<see cref="DocumentMap"/>), the labels and numbering of its
/// header, how its articles and their points are numbered, how an amendment is read out.
/// </summary>
/// <param name="Lists">How the attendance lists print names.</param>
/// <param name="ListLabel">A list's label (group <c>label</c>): the first opens the attendance part.</param>
/// <param name="RepeatedHeaderStart">The header printed again after the lists.</param>
/// <param name="OpeningFormula">The line that opens the report (<c>Le Conseil,</c>).</param>
/// <param name="OperativeVerb">The line that opens the operative part (<c>DELIBERE</c>).</param>
/// <param name="EndOfReport">The report's last line (<c>Vu ledit dossier</c>).</param>
/// <param name="SignatureOrFooter">Where the operative part ends.</param>
/// <param name="Sitting">The body and date of the sitting (groups <c>body</c>, <c>date</c>).</param>
/// <param name="Number">The act and its number (groups <c>act</c>, <c>number</c>).</param>
/// <param name="ReportOpening">The report's opening sentence (groups <c>report</c>, <c>rest</c>).</param>
/// <param name="ArticleStart">An article of the operative part (groups <c>n</c>, <c>text</c>).</param>
/// <param name="SubPointStart">A lettered point of an article (groups <c>label</c>, <c>text</c>).</param>
/// <param name="AmendmentRead">The phrase that reads out a correction (groups <c>target</c>, <c>rest</c>).</param>
/// <param name="AmendmentInsteadOf">The phrase before the replaced text.</param>
/// <param name="AmendmentNextTarget">The start of the next corrected place.</param>
/// <param name="ArticleNumber">An article's number at the start of a text, to name where an amount stands.</param>
public sealed record ExtractStyle(
    ListStyle Lists,
    Regex ListLabel,
    Regex RepeatedHeaderStart,
    Regex OpeningFormula,
    Regex OperativeVerb,
    Regex EndOfReport,
    Regex SignatureOrFooter,
    Regex Sitting,
    Regex Number,
    Regex ReportOpening,
    Regex ArticleStart,
    Regex SubPointStart,
    Regex AmendmentRead,
    Regex AmendmentInsteadOf,
    Regex AmendmentNextTarget,
    Regex ArticleNumber);
