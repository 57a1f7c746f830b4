using Meldcode.Infrastructure.Documents.Layout;
using PdfSharp.Drawing;
using PdfSharp.UniversalAccessibility;

namespace Meldcode.Infrastructure.Documents.Rendering;

/// <summary>
/// Draws laid-out instructions on one page and tags them in the document's structure tree. Lines and fills
/// outside an explicit artifact are wrapped in one, so every mark on the page is either content or decoration.
/// </summary>
internal sealed class PageDrawer
{
    private readonly XGraphics _graphics;
    private readonly StructureBuilder _structure;
    private readonly List<StructureTag> _open = [];
    private bool _inDecoration;

    public PageDrawer(XGraphics graphics, StructureBuilder structure)
    {
        _graphics = graphics;
        _structure = structure;
    }

    public void Draw(IReadOnlyList<DrawOp> ops)
    {
        foreach (var op in ops)
        {
            switch (op)
            {
                case TextOp text:
                    EndDecoration();
                    _graphics.DrawString(text.Text, text.Format.Font, text.Format.Brush, text.X, text.Baseline);
                    break;
                case LineOp line:
                    BeginDecoration();
                    _graphics.DrawLine(line.Pen, line.X1, line.Y1, line.X2, line.Y2);
                    break;
                case FillOp fill:
                    BeginDecoration();
                    _graphics.DrawRectangle(fill.Brush, fill.X, fill.Y, fill.Width, fill.Height);
                    break;
                case BeginElementOp begin:
                    EndDecoration();
                    Begin(begin.Tag);
                    break;
                case EndElementOp:
                    EndDecoration();
                    _open.RemoveAt(_open.Count - 1);
                    _structure.End();
                    break;
            }
        }
        EndDecoration();
    }

    private void Begin(StructureTag tag)
    {
        _open.Add(tag);
        if (tag == StructureTag.Artifact)
        {
            _structure.BeginArtifact();
        }
        else
        {
            _structure.BeginElement(BlockLevelTag(tag));
        }
    }

    private static PdfBlockLevelElementTag BlockLevelTag(StructureTag tag) => tag switch
    {
        StructureTag.Heading1 => PdfBlockLevelElementTag.Heading1,
        StructureTag.Heading2 => PdfBlockLevelElementTag.Heading2,
        StructureTag.Heading3 => PdfBlockLevelElementTag.Heading3,
        StructureTag.Table => PdfBlockLevelElementTag.Table,
        StructureTag.TableRow => PdfBlockLevelElementTag.TableRow,
        StructureTag.TableHeaderCell => PdfBlockLevelElementTag.TableHeaderCell,
        StructureTag.TableDataCell => PdfBlockLevelElementTag.TableDataCell,
        _ => PdfBlockLevelElementTag.Paragraph,
    };

    private void BeginDecoration()
    {
        if (!_inDecoration && !_open.Contains(StructureTag.Artifact))
        {
            _structure.BeginArtifact();
            _inDecoration = true;
        }
    }

    private void EndDecoration()
    {
        if (_inDecoration)
        {
            _structure.End();
            _inDecoration = false;
        }
    }
}
