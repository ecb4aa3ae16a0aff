namespace Deliberations.Core.Parsing.Layouts.Minutes;

/// <summary>
/// Reads a number that OCR may have damaged: a digit first, then digits or the letters OCR takes for
/// them (<c>2g</c> is 29, <c>l</c> and <c>I</c> are 1, <c>O</c> is 0). Used only where a count is expected.
/// </summary>
public static class OcrDigits
{
    public static int? Read(string token, out bool repaired)
    {
        repaired = false;
        if (token.Length is 0 or > 4 || !char.IsAsciiDigit(token[0]))
        {
            return null;
        }

        var value = 0;
        foreach (var c in token)
        {
            var digit = c switch
            {
                >= '0' and <= '9' => c - '0',
                'g' or 'q' => 9,
                'l' or 'I' or '|' => 1,
                'O' or 'o' => 0,
                'S' => 5,
                'B' => 8,
                _ => -1,
            };
            if (digit < 0)
            {
                return null;
            }

            repaired |= !char.IsAsciiDigit(c);
            value = (value * 10) + digit;
        }

        return value;
    }
}
