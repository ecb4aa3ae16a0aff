namespace Deliberations.Core.Model;

/// <summary>
/// The 1-based lines the header facts were read from, so that a page can send the clerk to each one;
/// 0 where the fact was not read. The title keeps its own <see cref="Header.TitleLine"/> and each person their <see cref="Person.Line"/>.
/// </summary>
/// <param name="Sitting">The <c>Conseil du …</c> line, which gives the body and the date.</param>
/// <param name="Report">The <c>Vu le rapport du …</c> line, which gives the report's date.</param>
public sealed record HeaderLines(int Sitting, int Number, int Commission, int Communes, int Service, int MembersInOffice, int Convocation, int Posted, int Report)
{
    public static readonly HeaderLines None = new(0, 0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>Gives <paramref name="line"/> to each fact that <paramref name="after"/> holds and <paramref name="before"/> did not.</summary>
    public HeaderLines Filled(Header before, Header after, int line)
    {
        return new(
            Fill(Sitting, before.SessionDate, after.SessionDate),
            Fill(Number, before.Number, after.Number),
            Fill(Commission, before.Commission, after.Commission),
            Fill(Communes, before.Communes, after.Communes),
            Fill(Service, before.Service, after.Service),
            Fill(MembersInOffice, before.MembersInOffice, after.MembersInOffice),
            Fill(Convocation, before.ConvocationDate, after.ConvocationDate),
            Fill(Posted, before.PostedDate, after.PostedDate),
            Report);

        int Fill(int current, object? was, object? now) => was is null && now is not null ? line : current;
    }

    /// <summary>The top header's lines where it holds the fact, the repeated header's where only the repetition does.</summary>
    public static HeaderLines Merge(Header top, Header repeated) => new(
        top.SessionDate is not null ? top.Lines.Sitting : repeated.Lines.Sitting,
        top.Number is not null ? top.Lines.Number : repeated.Lines.Number,
        top.Commission is not null ? top.Lines.Commission : repeated.Lines.Commission,
        top.Communes is not null ? top.Lines.Communes : repeated.Lines.Communes,
        top.Service is not null ? top.Lines.Service : repeated.Lines.Service,
        top.MembersInOffice is not null ? top.Lines.MembersInOffice : repeated.Lines.MembersInOffice,
        top.ConvocationDate is not null ? top.Lines.Convocation : repeated.Lines.Convocation,
        top.PostedDate is not null ? top.Lines.Posted : repeated.Lines.Posted,
        top.Lines.Report);
}
