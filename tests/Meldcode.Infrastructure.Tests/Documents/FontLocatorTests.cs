using Meldcode.Infrastructure.Documents.Fonts;

namespace Meldcode.Infrastructure.Tests.Documents;

public sealed class FontLocatorTests : IDisposable
{
    private const string SystemDejaVu = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "meldcode-font-tests", Guid.NewGuid().ToString("N"));

    public FontLocatorTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public void An_empty_folder_fails_with_a_message_that_says_what_was_searched_and_how_to_fix_it()
    {
        var missing = Path.Combine(_folder, "bestaat-niet");
        var locator = new FontLocator([_folder, missing], fontConfigMatch: null);

        var exception = Assert.Throws<FontNotFoundException>(locator.Locate);

        Assert.Contains("No TrueType font for the PDF documents was found", exception.Message, StringComparison.Ordinal);
        Assert.Contains("DejaVu Sans (DejaVuSans.ttf)", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Liberation Sans (LiberationSans-Regular.ttf)", exception.Message, StringComparison.Ordinal);
        Assert.Contains(_folder, exception.Message, StringComparison.Ordinal);
        Assert.Contains($"{missing} (does not exist)", exception.Message, StringComparison.Ordinal);
        Assert.Contains("fc-match was not asked", exception.Message, StringComparison.Ordinal);
        Assert.Contains("fonts-dejavu-core", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Pdf:FontFolder", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_system_font_folders_yield_dejavu_sans_in_four_styles()
    {
        var files = new FontLocator(FontLocator.DefaultFolders(null), fontConfigMatch: null).Locate();

        Assert.Equal("DejaVu Sans", files.Family);
        Assert.EndsWith("DejaVuSans.ttf", files.Regular, StringComparison.Ordinal);
        Assert.EndsWith("DejaVuSans-Bold.ttf", files.Bold, StringComparison.Ordinal);
        Assert.EndsWith("DejaVuSans-Oblique.ttf", files.Italic, StringComparison.Ordinal);
        Assert.EndsWith("DejaVuSans-BoldOblique.ttf", files.BoldItalic, StringComparison.Ordinal);
    }

    [Fact]
    public void The_configured_folder_is_searched_first_and_missing_styles_fall_back_to_regular()
    {
        var nested = Directory.CreateDirectory(Path.Combine(_folder, "sub")).FullName;
        var copy = Path.Combine(nested, "DejaVuSans.ttf");
        File.Copy(SystemDejaVu, copy);

        var files = new FontLocator(FontLocator.DefaultFolders(_folder), fontConfigMatch: null).Locate();

        Assert.Equal(copy, files.Regular);
        Assert.EndsWith("DejaVuSans-Bold.ttf", files.Bold, StringComparison.Ordinal);

        var alone = new FontLocator([_folder], fontConfigMatch: null).Locate();
        Assert.Equal([copy, copy, copy, copy], new[] { alone.Regular, alone.Bold, alone.Italic, alone.BoldItalic });
    }

    [Fact]
    public void When_no_known_family_is_found_fontconfig_is_asked_and_only_truetype_files_are_accepted()
    {
        var asked = new List<string>();
        var files = new FontLocator([_folder], pattern =>
        {
            asked.Add(pattern);
            return pattern == "sans-serif:bold" ? "/usr/share/fonts/opentype/some/Font-Bold.otf" : SystemDejaVu;
        }).Locate();

        Assert.Equal(["sans-serif", "sans-serif:bold", "sans-serif:italic", "sans-serif:bold:italic"], asked);
        Assert.Equal(SystemDejaVu, files.Regular);
        Assert.Equal(SystemDejaVu, files.Bold);

        var onlyOpenType = new FontLocator([_folder], _ => "/usr/share/fonts/opentype/some/Font.otf");
        var exception = Assert.Throws<FontNotFoundException>(onlyOpenType.Locate);
        Assert.Contains("fc-match named no TrueType (.ttf) file for sans-serif", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_resolver_maps_every_family_to_the_located_faces_and_reads_each_file_once()
    {
        var files = new FontLocator(FontLocator.DefaultFolders(null), fontConfigMatch: null).Locate();
        var resolver = new SystemFontResolver(files);

        var bold = resolver.ResolveTypeface("Arial", bold: true, italic: false)!;

        Assert.Equal(files.Bold, bold.FaceName);
        Assert.Same(resolver.GetFont(files.Bold), resolver.GetFont(files.Bold));
        Assert.Null(resolver.GetFont("/etc/passwd"));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
