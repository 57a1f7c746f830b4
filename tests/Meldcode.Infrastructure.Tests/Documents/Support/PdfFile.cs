using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Meldcode.Infrastructure.Tests.Documents.Support;

/// <summary>
/// A rendered PDF in a temporary file, read back with poppler-utils (pdftotext, pdfinfo, pdffonts) and qpdf,
/// the way a reader of the document would see it.
/// </summary>
public sealed partial class PdfFile : IDisposable
{
    private static readonly string Folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "meldcode-pdf-tests");
    private IReadOnlyList<IReadOnlyList<PdfWord>>? _words;

    public PdfFile(byte[] bytes)
    {
        Directory.CreateDirectory(Folder);
        Path = System.IO.Path.Combine(Folder, Guid.NewGuid().ToString("N") + ".pdf");
        File.WriteAllBytes(Path, bytes);
        Bytes = bytes;
    }

    public string Path { get; }

    public byte[] Bytes { get; }

    public int PageCount => int.Parse(Info()["Pages"], CultureInfo.InvariantCulture);

    /// <summary>The text in reading order (pdftotext without -layout), optionally of one page.</summary>
    public string Text(int? page = null) => Run("pdftotext", [.. PageRange(page), "-enc", "UTF-8", Path, "-"]).Output;

    /// <summary>The text as laid out on the page (pdftotext -layout).</summary>
    public string LayoutText(int? page = null) => Run("pdftotext", [.. PageRange(page), "-layout", "-enc", "UTF-8", Path, "-"]).Output;

    /// <summary>The words of a page with their boxes in points from the top left (pdftotext -bbox).</summary>
    public IReadOnlyList<PdfWord> Words(int page) => AllWords()[page - 1];

    /// <summary>The words between the running header and footer, page after page.</summary>
    public IReadOnlyList<PdfWord> BodyWords() =>
        [.. AllWords().SelectMany(page => page).Where(word => word.YMin > Geometry.HeaderRule && word.YMax < Geometry.FooterRule)];

    /// <summary>The words of every page, read with one run of pdftotext -bbox.</summary>
    private IReadOnlyList<IReadOnlyList<PdfWord>> AllWords()
    {
        if (_words is not null)
        {
            return _words;
        }
        var html = Run("pdftotext", ["-bbox", "-enc", "UTF-8", Path, "-"]).Output;
        var pages = new List<IReadOnlyList<PdfWord>>();
        foreach (var pageHtml in html.Split("<page ").Skip(1))
        {
            var words = new List<PdfWord>();
            foreach (Match match in WordPattern().Matches(pageHtml))
            {
                words.Add(new PdfWord(
                    WebUtility.HtmlDecode(match.Groups["text"].Value),
                    Number(match.Groups["xMin"].Value),
                    Number(match.Groups["yMin"].Value),
                    Number(match.Groups["xMax"].Value),
                    Number(match.Groups["yMax"].Value)));
            }
            pages.Add(words);
        }
        return _words = pages;
    }

    /// <summary>pdfinfo with ISO dates, as key and value.</summary>
    public IReadOnlyDictionary<string, string> Info()
    {
        var info = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in Run("pdfinfo", ["-isodates", Path]).Output.Split('\n'))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                info[line[..colon]] = line[(colon + 1)..].Trim();
            }
        }
        return info;
    }

    /// <summary>The XMP metadata stream (pdfinfo -meta).</summary>
    public string XmpMetadata() => Run("pdfinfo", ["-meta", Path]).Output;

    /// <summary>The rows of pdffonts.</summary>
    public IReadOnlyList<PdfFont> Fonts()
    {
        var fonts = new List<PdfFont>();
        foreach (var line in Run("pdffonts", [Path]).Output.Split('\n').Skip(2))
        {
            var columns = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (columns.Length >= 7)
            {
                // name (the first 37 characters), type, encoding, emb, sub, uni, object number, generation.
                var name = line[..Math.Min(37, line.Length)].Trim();
                fonts.Add(new PdfFont(name, columns[^5] == "yes", columns[^4] == "yes", columns[^3] == "yes", columns[^2], line));
            }
        }
        return fonts;
    }

    /// <summary>qpdf --check: its exit code (0 = no errors or warnings) and output.</summary>
    public (int ExitCode, string Output) QpdfCheck()
    {
        var result = Run("qpdf", ["--check", Path], allowFailure: true);
        return (result.ExitCode, result.Output + result.Error);
    }

    /// <summary>An object as qpdf shows it, such as "trailer" or an object number.</summary>
    public string ShowObject(string id) => Run("qpdf", [$"--show-object={id}", Path]).Output;

    /// <summary>The embedded TrueType program of a font listed by pdffonts (Type0 → CIDFont → descriptor → FontFile2).</summary>
    public byte[] EmbeddedFontProgram(PdfFont font)
    {
        var descendant = Reference(ShowObject(font.ObjectId), "/DescendantFonts");
        var descriptor = Reference(ShowObject(descendant), "/FontDescriptor");
        var program = Reference(ShowObject(descriptor), "/FontFile2");
        using var output = new MemoryStream();
        RunBinary("qpdf", [$"--show-object={program}", "--filtered-stream-data", Path], output);
        return output.ToArray();
    }

    /// <summary>Renders the pages as PNG images (pdftoppm) named PREFIX-N.png.</summary>
    public void WritePageImages(string prefix, int resolution) =>
        Run("pdftoppm", ["-png", "-r", resolution.ToString(CultureInfo.InvariantCulture), Path, prefix]);

    public void Dispose()
    {
        try
        {
            File.Delete(Path);
        }
        catch (IOException)
        {
            // A leftover temporary file is harmless.
        }
    }

    /// <summary>The object number after KEY in qpdf's rendering of an object ("/KEY 12 0 R" or "/KEY [ 12 0 R ]").</summary>
    private static string Reference(string dictionary, string key)
    {
        var match = Regex.Match(dictionary, Regex.Escape(key) + @"\s*\[?\s*(\d+) 0 R");
        return match.Success ? match.Groups[1].Value : throw new InvalidOperationException($"No {key} in {dictionary}");
    }

    /// <summary>Runs a tool whose output is binary; qpdf's warnings (exit code 3) are accepted.</summary>
    private static void RunBinary(string tool, string[] arguments, Stream output)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.BaseStream.CopyTo(output);
        process.WaitForExit();
        if (process.ExitCode is not (0 or 3))
        {
            throw new InvalidOperationException($"{tool} {string.Join(' ', arguments)} exited with {process.ExitCode}: {error.Result}");
        }
    }

    private static string[] PageRange(int? page) =>
        page is { } number ? ["-f", number.ToString(CultureInfo.InvariantCulture), "-l", number.ToString(CultureInfo.InvariantCulture)] : [];

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private static (int ExitCode, string Output, string Error) Run(string tool, string[] arguments, bool allowFailure = false)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.Environment["TZ"] = "UTC";
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(60_000))
        {
            process.Kill();
            throw new TimeoutException($"{tool} took longer than a minute.");
        }
        if (process.ExitCode != 0 && !allowFailure)
        {
            throw new InvalidOperationException($"{tool} {string.Join(' ', arguments)} exited with {process.ExitCode}: {error.Result}");
        }
        return (process.ExitCode, output, error.Result);
    }

    [GeneratedRegex("""<word xMin="(?<xMin>[0-9.]+)" yMin="(?<yMin>[0-9.]+)" xMax="(?<xMax>[0-9.]+)" yMax="(?<yMax>[0-9.]+)">(?<text>[^<]*)</word>""")]
    private static partial Regex WordPattern();
}

/// <summary>A word on a page and its box, in points from the top left.</summary>
public sealed record PdfWord(string Text, double XMin, double YMin, double XMax, double YMax);

/// <summary>A row of pdffonts.</summary>
public sealed record PdfFont(string Name, bool Embedded, bool Subset, bool Unicode, string ObjectId, string Line);
