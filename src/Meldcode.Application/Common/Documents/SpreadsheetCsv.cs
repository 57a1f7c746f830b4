using System.Text;

namespace Meldcode.Application.Common.Documents;

/// <summary>
/// CSV as Dutch spreadsheets open it: semicolons between cells, CRLF between lines, UTF-8 with a byte order mark; a cell a
/// spreadsheet would run as a formula is written as text, and separators and quotes are quoted.
/// </summary>
internal static class SpreadsheetCsv
{
    public static void Line(StringBuilder text, IEnumerable<string> cells)
    {
        ArgumentNullException.ThrowIfNull(text);
        text.AppendJoin(';', cells.Select(Cell));
        text.Append("\r\n");
    }

    public static byte[] Bytes(StringBuilder text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Cell(string value)
    {
        var safe = value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return safe.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? $"\"{safe.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : safe;
    }
}
