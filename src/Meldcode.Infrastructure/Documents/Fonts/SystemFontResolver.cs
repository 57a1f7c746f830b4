using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace Meldcode.Infrastructure.Documents.Fonts;

/// <summary>
/// PDFsharp's font resolver: every family the layout asks for maps to the one located sans-serif family.
/// The face name PDFsharp passes back is the file path, so a style that falls back to another style's file
/// shares that face. Font bytes are read once, their nested composite glyphs flattened (see
/// <see cref="CompositeGlyphFlattener"/>), and cached.
/// </summary>
internal sealed class SystemFontResolver : IFontResolver
{
    /// <summary>The family name the layout uses; any other name resolves to the same family.</summary>
    public const string FamilyName = "Meldcode Sans";

    private readonly ConcurrentDictionary<string, byte[]> _bytes = new(StringComparer.Ordinal);

    public SystemFontResolver(FontFaceFiles files) => Files = files;

    public FontFaceFiles Files { get; }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(Files.For(bold, italic));

    public byte[]? GetFont(string faceName)
    {
        if (faceName != Files.Regular && faceName != Files.Bold && faceName != Files.Italic && faceName != Files.BoldItalic)
        {
            return null;
        }
        return _bytes.GetOrAdd(faceName, Load);
    }

    private static byte[] Load(string path)
    {
        var font = File.ReadAllBytes(path);
        try
        {
            return CompositeGlyphFlattener.Flatten(font);
        }
        catch (Exception exception) when (exception is InvalidDataException or ArgumentOutOfRangeException or IndexOutOfRangeException)
        {
            // A font this reader does not understand is used as it is; PDFsharp decides whether it can.
            return font;
        }
    }
}
