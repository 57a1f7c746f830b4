namespace Meldcode.Infrastructure.Documents.Layout;

/// <summary>The four faces of the document font.</summary>
internal enum FontFace
{
    Regular,
    Bold,
    Italic,
    BoldItalic,
}
