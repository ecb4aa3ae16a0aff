using System.Text;

namespace Deliberations.Core.Tests.Fuzzing;

/// <summary>
/// Damages a real extract at random, the ways files get damaged on their way to the parser: cut
/// short, lines lost or reordered, bytes overwritten, read in the wrong encoding, blocks pasted
/// twice, attendance lists mangled, a megabyte on one line. The same <see cref="Random"/> seed
/// always gives the same damage, so a failure names its iteration and can be replayed.
/// </summary>
internal sealed class SeedMutator(Random random)
{
    /// <summary>Units a megabyte-long line is made of: each one exercises a different scanner (tags, emphasis, parentheses, lists, tables, amounts).</summary>
    private static readonly string[] LongLineUnits = ["<", "<b", "**", "__", "(", "(pouvoir à ", "M. Nom, ", "Mme ", " et ", "| ", "\t", "1 ", "1 000,00 € ", "é", "\u00A0", "#", "Article 1er : ", "a", " "];

    private static readonly string[] AttendanceLabels = ["Présents", "Absents excusés", "Absents non excusés", "Absents", "Excusés"];

    static SeedMutator() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>What was done to the last input, for the failure message.</summary>
    public List<string> Applied { get; } = [];

    /// <summary>One to three kinds of damage on the text, sometimes a megabyte-long line, then possibly damage on the bytes.</summary>
    public byte[] Mutate(string text)
    {
        Applied.Clear();
        var lines = text.Split('\n').ToList();
        var textMutations = random.Next(1, 4);
        for (var i = 0; i < textMutations; i++)
        {
            MutateLines(lines);
        }

        // Rare, because one such line costs as much as a hundred other mutations.
        if (random.Next(40) == 0)
        {
            InsertLongLine(lines);
        }

        var bytes = Encode(string.Join("\n", lines));
        return random.Next(4) == 0 ? MutateBytes(bytes) : bytes;
    }

    private void MutateLines(List<string> lines)
    {
        switch (random.Next(7))
        {
            case 0:
                var keep = random.Next(lines.Count + 1);
                Applied.Add($"truncate at line {keep}");
                lines.RemoveRange(keep, lines.Count - keep);
                break;
            case 1:
                var drops = random.Next(1, Math.Max(2, lines.Count / 4));
                Applied.Add($"drop {drops} lines");
                for (var d = 0; d < drops && lines.Count > 0; d++)
                {
                    lines.RemoveAt(random.Next(lines.Count));
                }

                break;
            case 2:
                Shuffle(lines);
                break;
            case 3:
                RepeatBlock(lines);
                break;
            case 4:
            case 5:
                MangleAttendance(lines);
                break;
            default:
                CutLine(lines);
                break;
        }
    }

    private void Shuffle(List<string> lines)
    {
        var start = random.Next(lines.Count + 1);
        var length = random.Next(lines.Count - start + 1);
        Applied.Add($"shuffle lines {start + 1}..{start + length}");
        var block = lines.GetRange(start, length).ToArray();
        random.Shuffle(block);
        lines.RemoveRange(start, length);
        lines.InsertRange(start, block);
    }

    private void RepeatBlock(List<string> lines)
    {
        var start = random.Next(lines.Count + 1);
        var length = Math.Min(random.Next(1, 40), lines.Count - start);
        var times = random.Next(1, 20);
        Applied.Add($"repeat lines {start + 1}..{start + length} {times} times");
        var block = lines.GetRange(start, length);
        for (var t = 0; t < times; t++)
        {
            lines.InsertRange(start + length, block);
        }
    }

    /// <summary>Cuts one line short, in the middle of a word or a multi-byte character's neighbour.</summary>
    private void CutLine(List<string> lines)
    {
        if (lines.Count == 0)
        {
            return;
        }

        var index = random.Next(lines.Count);
        var keep = random.Next(lines[index].Length + 1);
        Applied.Add($"cut line {index + 1} at {keep}");
        lines[index] = lines[index][..keep];
    }

    private void MangleAttendance(List<string> lines)
    {
        var index = lines.FindIndex(l => AttendanceLabels.Any(label => l.Replace("*", "", StringComparison.Ordinal).TrimStart().StartsWith(label, StringComparison.Ordinal)));
        if (index < 0)
        {
            index = random.Next(lines.Count + 1);
            lines.Insert(index, $"{random.GetItems(AttendanceLabels, 1)[0]} : ");
        }

        var line = lines[index];
        string how;
        switch (random.Next(7))
        {
            case 0:
                how = "cut";
                line = line[..random.Next(line.Length + 1)];
                break;
            case 1:
                how = "commas removed";
                line = line.Replace(",", "", StringComparison.Ordinal);
                break;
            case 2:
                how = "civilities removed";
                line = line.Replace("Mme ", "", StringComparison.Ordinal).Replace("M. ", "", StringComparison.Ordinal).Replace("MM. ", "", StringComparison.Ordinal);
                break;
            case 3:
                how = "parentheses unbalanced";
                line = line.Replace(")", "", StringComparison.Ordinal) + " (pouvoir à";
                break;
            case 4:
                how = "names doubled";
                line = line + ", " + line[Math.Min(line.Length, line.IndexOf(':', StringComparison.Ordinal) + 1)..];
                break;
            case 5:
                how = "wrapped at every comma";
                lines.RemoveAt(index);
                lines.InsertRange(index, line.Split(','));
                Applied.Add($"attendance line {index + 1} {how}");
                return;
            default:
                how = "label only";
                line = line[..Math.Max(0, line.IndexOf(':', StringComparison.Ordinal) + 1)];
                break;
        }

        Applied.Add($"attendance line {index + 1} {how}");
        lines[index] = line;
    }

    private void InsertLongLine(List<string> lines)
    {
        var unit = random.GetItems(LongLineUnits, 1)[0];
        var size = random.Next(256 * 1024, 1024 * 1024);
        var index = random.Next(lines.Count + 1);
        Applied.Add($"line {index + 1} of {size / 1024} KB of \"{unit}\"");
        var sb = new StringBuilder(size + unit.Length);
        while (sb.Length < size)
        {
            sb.Append(unit);
        }

        lines.Insert(index, sb.ToString());
    }

    private byte[] Encode(string text)
    {
        switch (random.Next(8))
        {
            case 0:
                Applied.Add("windows-1252");
                return Encoding.GetEncoding(1252).GetBytes(text);
            case 1:
                Applied.Add("utf-16le with BOM");
                return [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)];
            case 2:
                Applied.Add("utf-16be with BOM");
                return [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)];
            case 3:
                Applied.Add("utf-16le without BOM");
                return Encoding.Unicode.GetBytes(text);
            case 4:
                Applied.Add("utf-8 with BOM");
                return [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)];
            default:
                return Encoding.UTF8.GetBytes(text);
        }
    }

    /// <summary>
    /// Sequences random bytes rarely make: noncharacters (U+FFFE stopped the parser once), an
    /// overlong slash, encoded surrogates, NUL (also in fuzz/extracts.dict).
    /// </summary>
    private static readonly byte[][] Troublemakers =
    [
        [0xEF, 0xBF, 0xBE], [0xEF, 0xBF, 0xBF], [0xEF, 0xB7, 0x90], [0xF0, 0x9F, 0xBF, 0xBE],
        [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80], [0x00],
    ];

    /// <summary>Random bytes written over, inserted into, or cut from the encoded text (this splits multi-byte characters), or a known troublemaker inserted.</summary>
    private byte[] MutateBytes(byte[] bytes)
    {
        var list = bytes.ToList();
        var count = random.Next(1, 64);
        var kind = random.Next(4);
        Applied.Add(kind switch { 0 => $"overwrite {count} bytes", 1 => $"insert {count} bytes", 2 => "cut bytes", _ => "insert troublemakers" });
        if (kind == 2)
        {
            return bytes[..random.Next(bytes.Length + 1)];
        }

        if (kind == 3)
        {
            for (var i = random.Next(1, 4); i > 0; i--)
            {
                list.InsertRange(random.Next(list.Count + 1), Troublemakers[random.Next(Troublemakers.Length)]);
            }

            return [.. list];
        }

        for (var i = 0; i < count; i++)
        {
            var at = random.Next(list.Count + (kind == 0 ? 0 : 1));
            var value = (byte)random.Next(256);
            if (kind == 0 && list.Count > 0)
            {
                list[at] = value;
            }
            else
            {
                list.Insert(at, value);
            }
        }

        return [.. list];
    }
}
