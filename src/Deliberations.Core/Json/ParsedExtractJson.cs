using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Deliberations.Core.Model;

namespace Deliberations.Core.Json;

/// <summary>
/// Writes a <see cref="ParsedExtract"/> as the <c>parse</c> JSON contract (docs/spec/parse-json.md).
/// Written by hand rather than serialised so that field names and shapes are the contract, not an
/// accident of the model: the model may change, this output may not.
/// </summary>
public static class ParsedExtractJson
{
    public static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static readonly JsonWriterOptions Compact = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string ToJson(ParsedExtract extract, string file, bool indented = true)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, indented ? Indented : Compact))
        {
            Write(writer, extract, file);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(Utf8JsonWriter w, ParsedExtract e, string file)
    {
        var h = e.Header;
        w.WriteStartObject();
        w.WriteString("file", file);
        w.WriteString("encoding", e.Source.Encoding);
        w.WriteString("kind", e.Kind == DocumentKind.Minutes ? "minutes" : "extract");
        w.WriteString("collectivity", h.Collectivity);
        w.WriteString("number", h.Number);
        w.WriteString("actName", h.ActName);
        w.WriteString("body", h.Body);
        WriteDate(w, "sessionDate", h.SessionDate);
        w.WriteString("title", h.Title);
        w.WriteString("commission", h.Commission);
        w.WriteString("communes", h.Communes);
        w.WriteString("service", h.Service);
        WritePerson(w, "rapporteur", h.Rapporteur);
        WritePerson(w, "president", h.President);
        WritePerson(w, "secretary", h.Secretary);
        if (h.MembersInOffice is { } members)
        {
            w.WriteNumber("membersInOffice", members);
        }
        else
        {
            w.WriteNull("membersInOffice");
        }

        WriteDate(w, "convocationDate", h.ConvocationDate);
        WriteDate(w, "postedDate", h.PostedDate);
        WriteDate(w, "reportDate", h.ReportDate);
        w.WriteString("reportName", h.ReportName);
        WriteDate(w, "receivedDate", e.Legality.ReceivedDate);
        w.WriteString("prefectureId", e.Legality.PrefectureId);
        WriteDate(w, "transmissionDate", e.Legality.TransmissionDate);
        WriteLines(w, h, e.Legality);

        w.WriteStartArray("present");
        foreach (var p in e.Attendance.Present)
        {
            WritePersonObject(w, p, null, false);
        }

        w.WriteEndArray();
        w.WriteStartArray("excused");
        foreach (var a in e.Attendance.Excused)
        {
            WritePersonObject(w, a.Person, a.Proxy, true);
        }

        w.WriteEndArray();
        w.WriteStartArray("unexcused");
        foreach (var p in e.Attendance.Unexcused)
        {
            WritePersonObject(w, p, null, false);
        }

        w.WriteEndArray();

        WriteItems(w, e.Items);
        w.WriteStartArray("headings");
        foreach (var heading in e.Report.Headings)
        {
            w.WriteStartObject();
            w.WriteString("kind", heading.Kind == HeadingKind.Section ? "section" : "point");
            w.WriteString("number", heading.Number);
            w.WriteString("title", heading.Title);
            w.WriteString("section", heading.Section);
            w.WriteNumber("line", heading.Line);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteString("operativeVerb", e.OperativePart.Verb);
        w.WriteStartArray("articles");
        foreach (var article in e.OperativePart.Articles)
        {
            w.WriteStartObject();
            w.WriteString("number", article.Number);
            w.WriteString("text", article.Text);
            w.WriteStartArray("subPoints");
            foreach (var sub in article.SubPoints)
            {
                w.WriteStartObject();
                w.WriteString("label", sub.Label);
                w.WriteString("text", sub.Text);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteNumber("line", article.Line);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("budgetTables");
        foreach (var table in e.BudgetTables)
        {
            WriteTable(w, table);
        }

        w.WriteEndArray();

        w.WriteStartArray("imputations");
        foreach (var i in e.Imputations)
        {
            w.WriteStartObject();
            WriteAmount(w, "amount", i.Amount);
            w.WriteString("direction", i.Direction);
            w.WriteString("section", i.Section);
            w.WriteString("budget", i.Budget);
            w.WriteStartArray("years");
            foreach (var y in i.Years)
            {
                w.WriteNumberValue(y);
            }

            w.WriteEndArray();
            w.WriteString("chapter", i.Chapter);
            w.WriteString("operation", i.Operation);
            w.WriteString("article", i.ArticleNumber);
            w.WriteNumber("line", i.Line);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("amendments");
        foreach (var a in e.Amendments)
        {
            w.WriteStartObject();
            w.WriteString("target", a.Target);
            w.WriteString("correctedText", a.CorrectedText);
            w.WriteString("replacedText", a.ReplacedText);
            w.WriteStartArray("changes");
            foreach (var c in a.Changes)
            {
                w.WriteStartObject();
                w.WriteString("label", c.Label);
                w.WriteNumber("before", c.Before);
                w.WriteNumber("after", c.After);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteNumber("line", a.Line);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("projects");
        foreach (var p in e.Projects)
        {
            w.WriteStartObject();
            w.WriteString("name", p.Name);
            w.WriteString("source", p.Source switch
            {
                ProjectSource.Heading => "heading",
                ProjectSource.Quoted => "quoted",
                _ => "title",
            });
            WriteAmount(w, "amount", p.Amount);
            w.WriteNumber("line", p.Line);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("beneficiaries");
        foreach (var b in e.Beneficiaries)
        {
            w.WriteStartObject();
            w.WriteString("name", b.Name);
            w.WriteString("acronym", b.Acronym);
            WriteAmount(w, "amount", b.Amount);
            w.WriteString("nature", b.Nature);
            w.WriteString("kind", b.Kind switch
            {
                BeneficiaryKind.Grant => "grant",
                BeneficiaryKind.Participation => "participation",
                _ => "otherExpense",
            });
            w.WriteNumber("line", b.Line);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("diagnostics");
        foreach (var d in e.Diagnostics)
        {
            w.WriteStartObject();
            w.WriteString("severity", d.Severity.ToString().ToLowerInvariant());
            w.WriteString("code", d.Code);
            w.WriteNumber("line", d.Line);
            w.WriteString("message", d.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteTable(Utf8JsonWriter w, BudgetTable table)
    {
        w.WriteStartObject();
        w.WriteString("caption", table.Caption);
        w.WriteStartArray("columns");
        foreach (var c in table.Columns)
        {
            w.WriteStringValue(c);
        }

        w.WriteEndArray();
        w.WriteStartArray("rows");
        foreach (var row in table.Rows)
        {
            w.WriteStartObject();
            w.WriteString("label", row.Label);
            w.WriteStartArray("values");
            foreach (var v in row.Values)
            {
                if (v is { } value)
                {
                    w.WriteNumberValue(value);
                }
                else
                {
                    w.WriteNullValue();
                }
            }

            w.WriteEndArray();
            w.WriteBoolean("isTotal", row.IsTotal);
            w.WriteNumber("line", row.Line);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteNumber("line", table.Line);
        w.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter w, string name, DateOnly? date)
    {
        if (date is { } d)
        {
            w.WriteString(name, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteAmount(Utf8JsonWriter w, string name, decimal? amount)
    {
        if (amount is { } a)
        {
            w.WriteNumber(name, a);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    /// <summary>Where each header fact was read (people carry their own line), 0 when not read.</summary>
    private static void WriteLines(Utf8JsonWriter w, Header h, Legality legality)
    {
        var l = h.Lines;
        w.WriteStartObject("headerLines");
        w.WriteNumber("sitting", l.Sitting);
        w.WriteNumber("number", l.Number);
        w.WriteNumber("title", h.TitleLine);
        w.WriteNumber("commission", l.Commission);
        w.WriteNumber("communes", l.Communes);
        w.WriteNumber("service", l.Service);
        w.WriteNumber("membersInOffice", l.MembersInOffice);
        w.WriteNumber("convocationDate", l.Convocation);
        w.WriteNumber("postedDate", l.Posted);
        w.WriteNumber("reportDate", l.Report);
        w.WriteNumber("legality", legality.Line);
        w.WriteEndObject();
    }

    private static void WritePerson(Utf8JsonWriter w, string name, Person? person)
    {
        w.WritePropertyName(name);
        if (person is null)
        {
            w.WriteNullValue();
        }
        else
        {
            WritePersonObject(w, person, null, false);
        }
    }

    private static void WritePersonObject(Utf8JsonWriter w, Person p, Person? proxy, bool withProxy)
    {
        w.WriteStartObject();
        w.WriteString("civility", p.Civility);
        w.WriteString("name", p.Name);
        w.WriteString("firstName", p.FirstName);
        w.WriteString("role", p.Role);
        if (p.ArrivedLate)
        {
            w.WriteBoolean("arrivedLate", true);
        }

        if (withProxy)
        {
            WritePerson(w, "proxy", proxy);
        }

        w.WriteNumber("line", p.Line);
        w.WriteEndObject();
    }

    private static void WriteItems(Utf8JsonWriter w, IReadOnlyList<SittingItem> items)
    {
        w.WriteStartArray("items");
        foreach (var item in items)
        {
            w.WriteStartObject();
            w.WriteString("number", item.Number);
            w.WriteString("title", item.Title);
            w.WriteNumber("line", item.Line);
            w.WriteStartArray("amounts");
            foreach (var amount in item.Amounts)
            {
                w.WriteNumberValue(amount);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
