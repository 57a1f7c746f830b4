using Meldcode.Application.Common.Documents;

namespace Meldcode.Application.Dossiers.Documents;

/// <summary>Collects the blocks of a document in reading order, with short names for the common ones.</summary>
internal sealed class DocumentBuilder
{
    private readonly List<DocumentBlock> _blocks = [];

    public IReadOnlyList<DocumentBlock> Blocks => _blocks;

    public DocumentBuilder Chapter(string text) => Add(new HeadingBlock(1, text));

    public DocumentBuilder Section(string text) => Add(new HeadingBlock(2, text));

    public DocumentBuilder Item(string text) => Add(new HeadingBlock(3, text));

    public DocumentBuilder Text(string text, TextEmphasis emphasis = TextEmphasis.Normal) => Add(new ParagraphBlock(text, emphasis));

    /// <summary>Labelled values; a pair whose value is null is left out, an empty string reads "niet ingevuld".</summary>
    public DocumentBuilder Fields(params (string Label, string? Value)[] fields)
    {
        var present = fields.Where(f => f.Value is not null).Select(f => new DocumentField(f.Label, f.Value)).ToList();
        return present.Count == 0 ? this : Add(new FieldsBlock(present));
    }

    public DocumentBuilder Table(IReadOnlyList<TableColumn> columns, IReadOnlyList<IReadOnlyList<string>> rows) => Add(new TableBlock(columns, rows));

    private DocumentBuilder Add(DocumentBlock block)
    {
        _blocks.Add(block);
        return this;
    }
}
