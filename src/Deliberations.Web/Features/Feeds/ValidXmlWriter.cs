using System.Xml;

namespace Deliberations.Web.Features.Feeds;

/// <summary>
/// Passes everything to an inner writer, but text with a character XML 1.0 forbids (U+FFFE, U+FFFF,
/// controls other than tab, LF and CR, a surrogate without its pair) goes out with U+FFFD in its place.
/// The inner writer throws on such a character, so one decision title holding U+FFFF turned every
/// feed listing it into a 500; filtering at the writer covers every text a feed carries, whatever fills it.
/// </summary>
public sealed class ValidXmlWriter(XmlWriter inner) : XmlWriter
{
    public const char Replacement = '\uFFFD';

    public override WriteState WriteState => inner.WriteState;

    public override XmlWriterSettings? Settings => inner.Settings;

    public override string? XmlLang => inner.XmlLang;

    public override XmlSpace XmlSpace => inner.XmlSpace;

    /// <summary><paramref name="text"/> itself when XML can carry it, else a copy with U+FFFD for each forbidden character.</summary>
    public static string Clean(string text)
    {
        var first = FirstInvalid(text);
        return first < 0 ? text : string.Create(text.Length, (text, first), static (chars, state) =>
        {
            var (source, start) = state;
            source.AsSpan().CopyTo(chars);
            for (var i = start; i < chars.Length; i++)
            {
                if (IsPair(chars, i))
                {
                    i++;
                }
                else if (!XmlConvert.IsXmlChar(chars[i]))
                {
                    chars[i] = Replacement;
                }
            }
        });
    }

    public override void WriteString(string? text) => inner.WriteString(text is null ? null : Clean(text));

    public override void WriteChars(char[] buffer, int index, int count) => WriteString(new string(buffer, index, count));

    public override void WriteCData(string? text) => inner.WriteCData(text is null ? null : Clean(text));

    public override void WriteComment(string? text) => inner.WriteComment(text is null ? null : Clean(text));

    public override void WriteProcessingInstruction(string name, string? text) => inner.WriteProcessingInstruction(name, text is null ? null : Clean(text));

    public override void WriteRaw(string data) => inner.WriteRaw(Clean(data));

    public override void WriteRaw(char[] buffer, int index, int count) => WriteRaw(new string(buffer, index, count));

    public override void WriteCharEntity(char ch)
    {
        if (XmlConvert.IsXmlChar(ch))
        {
            inner.WriteCharEntity(ch);
        }
        else
        {
            inner.WriteString(Replacement.ToString());
        }
    }

    public override void WriteSurrogateCharEntity(char lowChar, char highChar)
    {
        if (XmlConvert.IsXmlSurrogatePair(lowChar, highChar))
        {
            inner.WriteSurrogateCharEntity(lowChar, highChar);
        }
        else
        {
            inner.WriteString(Replacement.ToString());
        }
    }

    public override void WriteWhitespace(string? ws) => inner.WriteWhitespace(ws);

    public override void WriteStartDocument() => inner.WriteStartDocument();

    public override void WriteStartDocument(bool standalone) => inner.WriteStartDocument(standalone);

    public override void WriteEndDocument() => inner.WriteEndDocument();

    public override void WriteDocType(string name, string? pubid, string? sysid, string? subset) => inner.WriteDocType(name, pubid, sysid, subset);

    public override void WriteStartElement(string? prefix, string localName, string? ns) => inner.WriteStartElement(prefix, localName, ns);

    public override void WriteEndElement() => inner.WriteEndElement();

    public override void WriteFullEndElement() => inner.WriteFullEndElement();

    public override void WriteStartAttribute(string? prefix, string localName, string? ns) => inner.WriteStartAttribute(prefix, localName, ns);

    public override void WriteEndAttribute() => inner.WriteEndAttribute();

    public override void WriteEntityRef(string name) => inner.WriteEntityRef(name);

    public override void WriteBase64(byte[] buffer, int index, int count) => inner.WriteBase64(buffer, index, count);

    public override string? LookupPrefix(string ns) => inner.LookupPrefix(ns);

    public override void Flush() => inner.Flush();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private static int FirstInvalid(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsPair(text, i))
            {
                i++;
            }
            else if (!XmlConvert.IsXmlChar(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsPair(ReadOnlySpan<char> text, int i) =>
        i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]);
}
