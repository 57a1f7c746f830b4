using PdfSharp.Fonts;

namespace Meldcode.Infrastructure.Documents.Fonts;

/// <summary>
/// Installs the font resolver in PDFsharp's process-wide settings, once. PDFsharp accepts a resolver only
/// before its first font operation, so the first configuration wins for the life of the process.
/// </summary>
internal static class PdfFontSetup
{
    private static readonly Lock Gate = new();
    private static SystemFontResolver? _installed;

    public static SystemFontResolver EnsureInstalled(string? configuredFolder)
    {
        lock (Gate)
        {
            if (_installed is not null)
            {
                return _installed;
            }
            if (GlobalFontSettings.FontResolver is { } other)
            {
                throw new InvalidOperationException(
                    $"Another PDFsharp font resolver ({other.GetType().FullName}) is already installed in this process; Meldcode's PDF documents need their own.");
            }
            var files = new FontLocator(FontLocator.DefaultFolders(configuredFolder), FontLocator.FontConfigMatch).Locate();
            var resolver = new SystemFontResolver(files);
            GlobalFontSettings.FontResolver = resolver;
            _installed = resolver;
            return resolver;
        }
    }
}
