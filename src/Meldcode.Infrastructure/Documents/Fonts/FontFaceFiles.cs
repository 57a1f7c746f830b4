namespace Meldcode.Infrastructure.Documents.Fonts;

/// <summary>
/// The TrueType files of one sans-serif family, one per style. A style the family lacks points to the nearest
/// one it has (italic to regular, bold italic to bold), so text never fails to render.
/// </summary>
internal sealed record FontFaceFiles(string Family, string Regular, string Bold, string Italic, string BoldItalic)
{
    public string For(bool bold, bool italic) => (bold, italic) switch
    {
        (true, true) => BoldItalic,
        (true, false) => Bold,
        (false, true) => Italic,
        _ => Regular,
    };
}
