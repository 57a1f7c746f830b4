using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Meldcode.Infrastructure.Documents.Fonts;

/// <summary>
/// Finds one sans-serif TrueType family in font folders: DejaVu Sans first, then a few other common families,
/// and as a last resort what <c>fc-match</c> names for "sans-serif" (only TrueType files: PDFsharp subsets those).
/// </summary>
internal sealed class FontLocator
{
    private static readonly KnownFamily[] KnownFamilies =
    [
        new("DejaVu Sans", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"),
        new("Liberation Sans", "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf", "LiberationSans-BoldItalic.ttf"),
        new("Noto Sans", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf", "NotoSans-BoldItalic.ttf"),
        new("FreeSans", "FreeSans.ttf", "FreeSansBold.ttf", "FreeSansOblique.ttf", "FreeSansBoldOblique.ttf"),
        new("Arial", "arial.ttf", "arialbd.ttf", "ariali.ttf", "arialbi.ttf"),
    ];

    private readonly IReadOnlyList<string> _folders;
    private readonly Func<string, string?>? _fontConfigMatch;

    /// <param name="folders">Folders searched (with their subfolders) in this order.</param>
    /// <param name="fontConfigMatch">
    /// Asks fontconfig for the file of a pattern such as <c>sans-serif:bold</c>; null to not ask.
    /// </param>
    public FontLocator(IReadOnlyList<string> folders, Func<string, string?>? fontConfigMatch)
    {
        _folders = folders;
        _fontConfigMatch = fontConfigMatch;
    }

    /// <summary>The configured folder (if any), then the usual font folders of Linux and the Windows font folder.</summary>
    public static IReadOnlyList<string> DefaultFolders(string? configuredFolder)
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var folders = new List<string>();
        if (!string.IsNullOrWhiteSpace(configuredFolder))
        {
            folders.Add(configuredFolder);
        }
        folders.Add("/usr/share/fonts");
        folders.Add("/usr/local/share/fonts");
        if (home.Length > 0)
        {
            folders.Add(Path.Combine(home, ".fonts"));
            folders.Add(Path.Combine(home, ".local", "share", "fonts"));
        }
        var windowsFonts = Environment.GetFolderPath(Environment.SpecialFolder.Fonts);
        if (windowsFonts.Length > 0)
        {
            folders.Add(windowsFonts);
        }
        return folders;
    }

    /// <exception cref="FontNotFoundException">No family with at least a regular face was found.</exception>
    public FontFaceFiles Locate()
    {
        var files = IndexTrueTypeFiles();
        foreach (var family in KnownFamilies)
        {
            if (files.TryGetValue(family.Regular, out var regular))
            {
                var bold = files.GetValueOrDefault(family.Bold, regular);
                var italic = files.GetValueOrDefault(family.Italic, regular);
                var boldItalic = files.GetValueOrDefault(family.BoldItalic, bold);
                return new FontFaceFiles(family.Name, regular, bold, italic, boldItalic);
            }
        }

        var fromFontConfig = AskFontConfig(out var fontConfigReport);
        return fromFontConfig ?? throw new FontNotFoundException(DescribeFailure(fontConfigReport));
    }

    /// <summary>File name (case-insensitive) to the first full path found, folders in order.</summary>
    private Dictionary<string, string> IndexTrueTypeFiles()
    {
        var wanted = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var family in KnownFamilies)
        {
            wanted.UnionWith([family.Regular, family.Bold, family.Italic, family.BoldItalic]);
        }

        var found = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            MatchCasing = MatchCasing.CaseInsensitive,
        };
        foreach (var folder in _folders)
        {
            if (!Directory.Exists(folder))
            {
                continue;
            }
            foreach (var path in Directory.EnumerateFiles(folder, "*.ttf", options))
            {
                var name = Path.GetFileName(path);
                if (wanted.Contains(name))
                {
                    found.TryAdd(name, path);
                }
            }
        }
        return found;
    }

    private FontFaceFiles? AskFontConfig(out string report)
    {
        if (_fontConfigMatch is null)
        {
            report = "fc-match was not asked";
            return null;
        }
        var regular = TrueTypeFile(_fontConfigMatch("sans-serif"));
        if (regular is null)
        {
            report = "fc-match named no TrueType (.ttf) file for sans-serif";
            return null;
        }
        report = "";
        var bold = TrueTypeFile(_fontConfigMatch("sans-serif:bold")) ?? regular;
        var italic = TrueTypeFile(_fontConfigMatch("sans-serif:italic")) ?? regular;
        var boldItalic = TrueTypeFile(_fontConfigMatch("sans-serif:bold:italic")) ?? bold;
        return new FontFaceFiles(Path.GetFileNameWithoutExtension(regular), regular, bold, italic, boldItalic);
    }

    private static string? TrueTypeFile(string? path) =>
        path is not null && path.EndsWith(".ttf", StringComparison.OrdinalIgnoreCase) && File.Exists(path) ? path : null;

    private string DescribeFailure(string fontConfigReport)
    {
        var message = new StringBuilder("No TrueType font for the PDF documents was found. Looked for ");
        message.AppendJoin(", ", KnownFamilies.Select(family => $"{family.Name} ({family.Regular})"));
        message.Append(" in: ");
        message.AppendJoin(", ", _folders.Select(folder => Directory.Exists(folder) ? folder : $"{folder} (does not exist)"));
        message.Append("; ").Append(fontConfigReport).Append(". ");
        message.Append(CultureInfo.InvariantCulture,
            $"Install the Debian package fonts-dejavu-core, or set {PdfOptions.SectionName}:{nameof(PdfOptions.FontFolder)} to a folder that holds one of these files.");
        return message.ToString();
    }

    /// <summary>Runs <c>fc-match --format=%{file} PATTERN</c>; null when fontconfig is absent or says nothing.</summary>
    public static string? FontConfigMatch(string pattern)
    {
        try
        {
            var start = new ProcessStartInfo("fc-match")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add("--format=%{file}");
            start.ArgumentList.Add(pattern);
            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }
            var output = process.StandardOutput.ReadToEnd();
            return process.WaitForExit(5000) && process.ExitCode == 0 && output.Length > 0 ? output.Trim() : null;
        }
        catch (Exception exception) when (exception is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return null;
        }
    }

    private sealed record KnownFamily(string Name, string Regular, string Bold, string Italic, string BoldItalic);
}
