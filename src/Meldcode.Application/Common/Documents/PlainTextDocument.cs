using System.Text;

namespace Meldcode.Application.Common.Documents;

/// <summary>
/// A document as plain text, to copy into a form or an e-mail: headings underlined, fields as
/// "Label: waarde", table rows as lines. Control characters are left out; the text is never markup.
/// </summary>
public static class PlainTextDocument
{
    public static string Write(PrintableDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = new StringBuilder();
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    var title = Clean(heading.Text);
                    text.AppendLine(title);
                    if (heading.Level <= 2)
                    {
                        text.AppendLine(new string(heading.Level == 1 ? '=' : '-', Math.Min(title.Length, 80)));
                    }

                    break;
                case ParagraphBlock paragraph:
                    text.AppendLine(Clean(paragraph.Text));
                    break;
                case FieldsBlock fields:
                    foreach (var field in fields.Fields)
                    {
                        text.Append(Clean(field.Label)).Append(": ").AppendLine(Clean(field.Text));
                    }

                    break;
                case TableBlock table:
                    foreach (var row in table.Rows)
                    {
                        text.AppendLine(string.Join(" | ", row.Select((cell, i) => $"{Clean(table.Columns[i].Header)}: {Clean(cell)}")));
                    }

                    break;
                default:
                    throw new NotSupportedException($"No plain-text form for {block.GetType().Name}.");
            }

            text.AppendLine();
        }

        return text.ToString().TrimEnd() + Environment.NewLine;
    }

    /// <summary>The text without control characters other than line breaks and tabs, with line breaks normalised.</summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var clean = new StringBuilder(text.Length);
        foreach (var c in text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'))
        {
            if (c is '\n' or '\t' || !char.IsControl(c))
            {
                clean.Append(c);
            }
        }

        return clean.ToString().Replace("\n", Environment.NewLine, StringComparison.Ordinal);
    }
}
